import { describe, expect, it } from 'vitest';
import * as actions from '../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../src/lib/progress/model';
import { certificateId, certificateStatus } from '../../src/lib/certificate/unlock';

const lessons = [
  { id: 'one', title: 'Lesson one' },
  { id: 'two', title: 'Lesson two' },
];
const rules = { lessons, postTestId: 'post-test', passMark: 0.8 };
const attempt = (at: number, score: number) => ({ at, seconds: 60, score, max: 10, items: {} });

function everythingDone(): Progress {
  let progress = actions.completeLesson(emptyProgress(), 'one', ['one', 'two'], 100);
  progress = actions.completeLesson(progress, 'two', ['one', 'two'], 200);
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
        { kind: 'lessons', text: 'Complete 2 more lessons: Lesson one, Lesson two.' },
        { kind: 'post-test', text: 'Pass the post-test (pass mark 80%).' },
        { kind: 'evaluation', text: 'Submit the course evaluation.' },
      ],
    });
  });

  it('reports the best post-test score when it is below the pass mark', () => {
    let progress = actions.recordQuizAttempt(everythingDone(), 'post-test', attempt(600, 1));
    progress = { ...progress, quizzes: { 'post-test': [attempt(300, 6), attempt(600, 1)] } };
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
