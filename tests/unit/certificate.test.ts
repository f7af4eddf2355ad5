import { describe, expect, it } from 'vitest';
import * as actions from '../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../src/lib/progress/model';
import { certificateId, certificateStatus } from '../../src/lib/certificate/unlock';

const lessons = [
  { id: 'one', title: 'Lesson one', checkId: 'check-one' },
  { id: 'two', title: 'Lesson two', checkId: 'check-two' },
];
const rule = { reachEnd: true, submitKnowledgeCheck: true };
const rules = { lessons, rule, postTestId: 'post-test', passMark: 0.8 };
const attempt = (at: number, score: number) => ({ at, seconds: 60, score, max: 10, items: {} });
const ruleWords =
  'A lesson is complete when you have read it to its end and submitted its knowledge check (every question answered; any score).';

/** Both lessons read to their end and their knowledge checks submitted (one of them scoring 0). */
function lessonsStudied(): Progress {
  let progress = actions.reachLessonEnd(emptyProgress(), 'one', 100);
  progress = actions.recordQuizAttempt(progress, 'check-one', attempt(90, 0));
  progress = actions.reachLessonEnd(progress, 'two', 150);
  return actions.recordQuizAttempt(progress, 'check-two', attempt(200, 10));
}

function everythingDone(): Progress {
  let progress = lessonsStudied();
  progress = actions.recordQuizAttempt(progress, 'post-test', attempt(300, 6));
  progress = actions.recordQuizAttempt(progress, 'post-test', attempt(400, 9));
  progress = actions.recordQuizAttempt(progress, 'post-test', attempt(500, 7));
  return actions.submitEvaluation(progress, { objectives: ['yes'], relevance: 5, comment: '' }, 450);
}

describe('certificate unlock', () => {
  it('says everything that is left for a new learner', () => {
    const status = certificateStatus(emptyProgress(), rules);
    expect(status).toEqual({
      ready: false,
      missing: [
        { kind: 'lessons', text: `Complete 2 more lessons: Lesson one, Lesson two. ${ruleWords}` },
        { kind: 'post-test', text: 'Pass the post-test (pass mark 80%).' },
        { kind: 'evaluation', text: 'Submit the course evaluation.' },
      ],
    });
  });

  it('reports the best post-test score when it is below the pass mark', () => {
    let progress = actions.recordQuizAttempt(everythingDone(), 'post-test', attempt(600, 1));
    progress = {
      ...progress,
      quizzes: { ...progress.quizzes, 'post-test': [attempt(300, 6), attempt(600, 1)] },
    };
    const status = certificateStatus(progress, rules);
    expect(status.ready).toBe(false);
    if (!status.ready)
      expect(status.missing).toEqual([
        { kind: 'post-test', text: 'Pass the post-test: your best so far is 60%; the pass mark is 80%.' },
      ]);
  });

  it('unlocks when all three are done, dated by the last of them, with the best score', () => {
    expect(certificateStatus(everythingDone(), rules)).toEqual({
      ready: true,
      completedAt: 450,
      postTestScore: 0.9,
    });
  });

  it('needs every lesson studied and checked: reaching the ends alone leaves it locked', () => {
    const { quizzes } = everythingDone();
    const onlyRead = {
      ...everythingDone(),
      quizzes: { 'post-test': quizzes['post-test'] ?? [], 'check-one': quizzes['check-one'] ?? [] },
    };
    expect(certificateStatus(onlyRead, rules)).toEqual({
      ready: false,
      missing: [{ kind: 'lessons', text: `Complete 1 more lesson: Lesson two. ${ruleWords}` }],
    });
  });

  it('is dated by the last lesson step when a knowledge check comes last', () => {
    const done = everythingDone();
    const checkedLast = { ...done, quizzes: { ...done.quizzes, 'check-two': [attempt(900, 3)] } };
    expect(certificateStatus(checkedLast, rules)).toMatchObject({ ready: true, completedAt: 900 });
  });

  it('needs the evaluation too', () => {
    const { evaluation: _evaluation, ...withoutEvaluation } = everythingDone();
    expect(certificateStatus(withoutEvaluation, rules)).toMatchObject({
      ready: false,
      missing: [{ kind: 'evaluation' }],
    });
  });

  it('gives a stable record identifier that changes with the learner or the completion', () => {
    const id = certificateId('Alex Smith', 450, 0);
    expect(id).toMatch(/^CLN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(certificateId('Alex Smith', 450, 0)).toBe(id);
    expect(certificateId('Alex Smyth', 450, 0)).not.toBe(id);
    expect(certificateId('Alex Smith', 451, 0)).not.toBe(id);
  });
});
