// When a continuing-education learner may have their certificate: every lesson complete by the
// course's rule (studied to its end and its knowledge check submitted: progress/completion.ts),
// the post-test passed (best attempt at or above the pass mark) and the evaluation submitted.
// Pure: progress and the course's rules in, what is done and what is left out.
import { percent } from '../format';
import { fnv1a } from '../hash';
import {
  lessonStudy,
  ruleInWords,
  type LessonCompletionRule,
  type StudyLesson,
} from '../progress/completion';
import { quizSummary, ratio, type Progress } from '../progress/model';
import { own } from '../own';

export interface CertificateRules {
  /** Every lesson of the course with the knowledge check that closes it. */
  lessons: readonly (StudyLesson & { title: string })[];
  /** What completes a lesson (`lessonCompletion` in src/course.ts). */
  rule: LessonCompletionRule;
  postTestId: string;
  /** 0 to 1. */
  passMark: number;
}

/** One thing still to do, in words, with where to do it. */
export interface Requirement {
  text: string;
  /** 'lessons' | 'post-test' | 'evaluation', for the page to link it. */
  kind: 'lessons' | 'post-test' | 'evaluation';
}

export type CertificateStatus =
  | { ready: false; missing: Requirement[] }
  | {
      ready: true;
      /** When the last requirement was met (Unix seconds). */
      completedAt: number;
      /** Best post-test result, 0 to 1. */
      postTestScore: number;
    };

export function certificateStatus(progress: Progress, rules: CertificateRules): CertificateStatus {
  const missing: Requirement[] = [];
  const studies = rules.lessons.map((lesson) => ({
    lesson,
    study: lessonStudy(progress, lesson, rules.rule),
  }));
  const left = studies.filter(({ study }) => study.status !== 'complete').map(({ lesson }) => lesson);
  if (left.length > 0) {
    missing.push({
      kind: 'lessons',
      text: `Complete ${String(left.length)} more ${left.length === 1 ? 'lesson' : 'lessons'}: ${left.map((lesson) => lesson.title).join(', ')}. A lesson is complete when ${ruleInWords(rules.rule)}.`,
    });
  }
  const postTest = quizSummary(progress, rules.postTestId);
  const passed = postTest !== undefined && ratio(postTest.best) >= rules.passMark;
  if (!passed) {
    missing.push({
      kind: 'post-test',
      text: postTest
        ? `Pass the post-test: your best so far is ${percent(ratio(postTest.best))}; the pass mark is ${percent(rules.passMark)}.`
        : `Pass the post-test (pass mark ${percent(rules.passMark)}).`,
    });
  }
  if (!progress.evaluation) missing.push({ kind: 'evaluation', text: 'Submit the course evaluation.' });
  if (missing.length > 0 || !postTest) return { ready: false, missing };

  const lessonsDoneAt = Math.max(0, ...studies.map(({ study }) => study.completedAt ?? 0));
  const passedAt =
    (own(progress.quizzes, rules.postTestId) ?? []).find((attempt) => ratio(attempt) >= rules.passMark)?.at ??
    postTest.best.at;
  return {
    ready: true,
    completedAt: Math.max(lessonsDoneAt, passedAt, progress.evaluation?.at ?? 0),
    postTestScore: ratio(postTest.best),
  };
}

/**
 * A record identifier for the certificate, the same every time it is printed from the same
 * progress: CLN-XXXX-XXXX from the learner's name, the completion time and the reset time.
 * It lets a learner and an instructor refer to one certificate; it proves nothing by itself.
 */
export function certificateId(name: string, completedAt: number, resetAt: number): string {
  const hash = fnv1a(`${name}|${String(completedAt)}|${String(resetAt)}`);
  const code = hash.toString(36).toUpperCase().padStart(8, '0').slice(-8);
  return `CLN-${code.slice(0, 4)}-${code.slice(4)}`;
}
