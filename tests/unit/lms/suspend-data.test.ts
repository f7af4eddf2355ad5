// SCORM 1.2 keeps 4,096 characters of suspend_data; resume data that outgrows it is the commonest
// cause of broken resume in LMS courses. These properties check that the course's copy always
// fits, whatever the learner did and whatever an imported file held, and what it keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suspendData, suspendDataLimit } from '../../../src/lib/lms/tracking';
import { ratio, type QuizAttempt } from '../../../src/lib/progress/model';
import { decodeProgress } from '../../../src/lib/progress/wire';
import { courseRecord, hostileRecord } from '../../support/arbitraries';
import { courseLessonIds, lmsRules, postTestId } from '../../support/course-records';

const bestShare = (attempts: QuizAttempt[] | undefined) => Math.max(-1, ...(attempts ?? []).map(ratio));

describe(`suspend data within ${String(suspendDataLimit)} characters`, () => {
  it('fits for anything the course records, keeping lessons, the best post-test, evaluation and name', () => {
    fc.assert(
      fc.property(courseRecord, (progress) => {
        const data = suspendData(progress, lmsRules);
        expect(data.length).toBeLessThanOrEqual(suspendDataLimit);
        const saved = decodeProgress(data);
        expect(saved.status).toBe('ok');
        expect(saved.progress.lessons).toEqual(progress.lessons);
        expect(saved.progress.location).toEqual(progress.location);
        expect(bestShare(saved.progress.quizzes[postTestId])).toBe(bestShare(progress.quizzes[postTestId]));
        expect(saved.progress.evaluation?.objectives).toEqual(progress.evaluation?.objectives);
        expect(saved.progress.learner).toEqual(progress.learner);
        // The retake policy's count always survives, and the last sitting's items when they fit.
        expect(saved.progress.sittings?.[postTestId]?.count).toBe(progress.sittings?.[postTestId]?.count);
      }),
      { numRuns: 300 },
    );
  });

  it('fits for any record an edited file could hold, keeping the course’s lessons', () => {
    fc.assert(
      fc.property(hostileRecord, (progress) => {
        const data = suspendData(progress, lmsRules);
        expect(data.length).toBeLessThanOrEqual(suspendDataLimit);
        const saved = decodeProgress(data).progress;
        for (const id of courseLessonIds) expect(saved.lessons[id]).toEqual(progress.lessons[id]);
      }),
      { numRuns: 150 },
    );
  });
});
