// SCORM 1.2 keeps 4,096 characters of suspend_data; resume data that outgrows it is the commonest
// cause of broken resume in LMS courses. These properties check that the course's copy always
// fits, whatever the learner did and whatever an imported file held, and what it keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suspendData, suspendDataLimit } from '../../../src/lib/lms/report';
import {
  commentLimit,
  ratio,
  type ItemOutcome,
  type ObjectiveAnswer,
  type Progress,
  type QuizAttempt,
} from '../../../src/lib/progress/model';
import { decodeProgress } from '../../../src/lib/progress/wire';
import { courseLessonIds, courseQuizzes, lmsRules, postTestId } from '../../support/course-records';

// Unix seconds; the record writes 0 for "not yet", so a real time is never 0.
const time = fc.integer({ min: 1, max: 2 ** 32 });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
const outcome = fc.constantFrom<ItemOutcome>('correct', 'partial', 'incorrect');

/** Free text of every awkward kind: any code point, lone surrogates, characters JSON escapes. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\u0001', '\u2028') }),
);

const lesson = fc
  .record({ startedAt: time, seconds: fc.integer({ min: 0, max: 10_000_000 }), completedAt: fc.option(time) })
  .map(({ completedAt, ...rest }) => (completedAt === null ? rest : { ...rest, completedAt }));

function attempt(itemIds: fc.Arbitrary<string[]>): fc.Arbitrary<QuizAttempt> {
  const items = itemIds.chain((ids) =>
    fc
      .tuple(...ids.map((id) => outcome.map((mark) => [id, mark] as const)))
      .map((pairs) => Object.fromEntries(pairs)),
  );
  return fc
    .record({
      at: time,
      seconds: fc.integer({ min: 0, max: 10_000_000 }),
      max: fc.integer({ min: 1, max: 10_000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      items,
    })
    .map(({ share, max, ...rest }) => ({ ...rest, max, score: Math.floor(share * max) }));
}

/** Optional parts every record may have. */
const extras = fc.record({
  resetAt: time,
  location: fc.option(
    fc.record({ lessonId: fc.constantFrom(...courseLessonIds), sectionId: slug, at: time }),
  ),
  evaluation: fc.option(
    fc.record({
      at: time,
      objectives: fc.array(fc.constantFrom<ObjectiveAnswer>('yes', 'partly', 'no'), {
        maxLength: 20,
      }),
      relevance: fc.integer({ min: 1, max: 5 }),
      comment: awkwardText.map((text) => text.slice(0, commentLimit)),
    }),
  ),
  learner: fc.option(
    fc.record({
      name: awkwardText.map((text) => text.slice(0, 80)).filter((name) => name.length > 0),
      at: time,
    }),
  ),
});

function assemble(
  parts: {
    resetAt: number;
    location: Progress['location'] | null;
    evaluation: Progress['evaluation'] | null;
    learner: Progress['learner'] | null;
  },
  lessons: Progress['lessons'],
  quizzes: Progress['quizzes'],
): Progress {
  return {
    resetAt: parts.resetAt,
    lessons,
    quizzes,
    ...(parts.location ? { location: parts.location } : {}),
    ...(parts.evaluation ? { evaluation: parts.evaluation } : {}),
    ...(parts.learner ? { learner: parts.learner } : {}),
  };
}

/** Anything the course itself can record: its lessons, its quizzes' items, any free text. */
const courseRecord: fc.Arbitrary<Progress> = fc
  .tuple(
    extras,
    fc.tuple(...courseLessonIds.map((id) => fc.option(lesson).map((value) => [id, value] as const))),
    fc.tuple(
      ...courseQuizzes.map((quiz) =>
        fc
          .array(attempt(fc.subarray(quiz.itemIds, { maxLength: quiz.perAttempt })), { maxLength: 8 })
          .map((attempts) => [quiz.id, attempts] as const),
      ),
    ),
  )
  .map(([parts, lessons, quizzes]) =>
    assemble(
      parts,
      Object.fromEntries(lessons.flatMap(([id, value]) => (value === null ? [] : [[id, value]]))),
      Object.fromEntries(quizzes.filter(([, attempts]) => attempts.length > 0)),
    ),
  );

/** What an edited import file could hold: unknown lessons and quizzes, long and many item ids. */
const hostileRecord: fc.Arbitrary<Progress> = fc
  .tuple(
    courseRecord,
    fc.dictionary(slug, lesson, { maxKeys: 60 }),
    fc.dictionary(
      fc.oneof(slug, fc.constantFrom(...lmsRules.quizIds)),
      fc.array(attempt(fc.uniqueArray(slug, { maxLength: 120 })), { minLength: 1, maxLength: 20 }),
      { maxKeys: 20 },
    ),
  )
  .map(([record, lessons, quizzes]) => ({
    ...record,
    lessons: { ...lessons, ...record.lessons },
    quizzes: { ...record.quizzes, ...quizzes },
  }));

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
