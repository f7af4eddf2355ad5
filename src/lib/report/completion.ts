// The completion report a learner gives their instructor: what was assigned, which lessons are
// done and when, quiz and post-test scores with dates. It says who holds the record: the
// learner's browser (self-reported) or their LMS.
import type { Assignment } from '../assignment/link';
import { isoDay, percent } from '../format';
import { lessonStudy, type LessonCompletionRule, type StudyLesson } from '../progress/completion';
import { quizSummary, ratio, type Progress } from '../progress/model';
import { keeperText, type Keeper } from '../progress/keeper';
import { statusLabel } from '../progress/results';

export interface ReportRow {
  title: string;
  status: string;
  /** YYYY-MM-DD of completion or of the latest attempt, if any. */
  date?: string;
}

export interface CompletionReport {
  assignment?: { classLabel: string; due: string };
  lessons: ReportRow[];
  quizzes: ReportRow[];
  evaluation: string;
}

/** The report's rows: assigned parts only when there is an assignment, else the whole course. */
export function completionReport(
  progress: Progress,
  parts: {
    lessons: readonly (StudyLesson & { title: string })[];
    quizzes: readonly { id: string; title: string }[];
    /** What completes a lesson (`lessonCompletion` in src/course.ts). */
    rule: LessonCompletionRule;
  },
  assignment?: Assignment,
): CompletionReport {
  const lessons = assignment
    ? parts.lessons.filter((lesson) => assignment.lessonIds.includes(lesson.id))
    : parts.lessons;
  const quizzes = assignment
    ? parts.quizzes.filter((quiz) => assignment.quizIds.includes(quiz.id))
    : parts.quizzes;
  return {
    ...(assignment ? { assignment: { classLabel: assignment.classLabel, due: assignment.due } } : {}),
    lessons: lessons.map((lesson) => {
      const { status, completedAt } = lessonStudy(progress, lesson, parts.rule);
      return {
        title: lesson.title,
        status: statusLabel[status],
        ...(completedAt === undefined ? {} : { date: isoDay(completedAt) }),
      };
    }),
    quizzes: quizzes.map((quiz) => {
      const summary = quizSummary(progress, quiz.id);
      if (!summary) return { title: quiz.title, status: 'Not done' };
      const status = `Best ${percent(ratio(summary.best))}, last ${percent(ratio(summary.last))} (${String(summary.attempts)} kept ${summary.attempts === 1 ? 'attempt' : 'attempts'})`;
      return { title: quiz.title, status, date: isoDay(summary.last.at) };
    }),
    evaluation: progress.evaluation ? `Submitted ${isoDay(progress.evaluation.at)}` : 'Not submitted',
  };
}

/** The report as plain text, for a file the learner can send. */
export function reportAsText(
  report: CompletionReport,
  courseTitle: string,
  learnerName: string,
  madeAt: Date,
  keeper: Keeper,
): string {
  const row = (item: ReportRow) => `- ${item.title}: ${item.status}${item.date ? ` (${item.date})` : ''}`;
  return [
    `Completion report: ${courseTitle}`,
    `Learner: ${learnerName || '(name not given)'}`,
    `Made: ${madeAt.toISOString().slice(0, 10)}`,
    ...(report.assignment
      ? [`Assignment link labelled “${report.assignment.classLabel}”, due ${report.assignment.due}`]
      : []),
    '',
    'Lessons',
    ...report.lessons.map(row),
    '',
    'Quizzes',
    ...report.quizzes.map(row),
    '',
    `Course evaluation: ${report.evaluation}`,
    '',
    keeperText(keeper).report,
    '',
  ].join('\n');
}
