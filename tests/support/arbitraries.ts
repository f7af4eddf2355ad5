// fast-check arbitraries for progress records: anything the course itself can record, and
// anything an edited import file could hold. Shared by the property tests.
import fc from 'fast-check';
import { checkLearnerName } from '../../src/lib/certificate/name';
import {
  commentLimit,
  type ItemOutcome,
  type ObjectiveAnswer,
  type Progress,
  type QuizAttempt,
} from '../../src/lib/progress/model';
import { earliestPlausible } from '../../src/lib/progress/transfer';
import { courseLessonIds, courseQuizzes, lmsRules, postTestId } from './course-records';

// Unix seconds the course can record: from its first year on (the record writes 0 for "not yet").
const time = fc.integer({ min: earliestPlausible, max: 2 ** 32 });
/** A moment after every time a record here can hold: imports are read as if made then. */
export const afterEveryRecord = 2 ** 32;
// Ids come from data: now and then one that Object.prototype also has, as a forged file might.
export const slug = fc.oneof(
  { weight: 9, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/) },
  { weight: 1, arbitrary: fc.constant('constructor') },
);
const outcome = fc.constantFrom<ItemOutcome>('correct', 'partial', 'incorrect');

/** Free text of every awkward kind: any code point, lone surrogates, characters JSON escapes. */
export const awkwardText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\u0001', '\u2028') }),
);

const lesson = fc
  .record({
    startedAt: time,
    seconds: fc.integer({ min: 0, max: 10_000_000 }),
    endReachedAt: fc.option(time),
  })
  .map(({ endReachedAt, ...rest }) => (endReachedAt === null ? rest : { ...rest, endReachedAt }));

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
      id: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/)),
    })
    .map(({ share, max, id, ...rest }) => ({
      ...rest,
      max,
      score: Math.floor(share * max),
      ...(id === null ? {} : { id }),
    }));
}

const postTestQuiz = courseQuizzes.find((quiz) => quiz.id === postTestId);
const postTestItemIds = postTestQuiz?.itemIds ?? [];
const postTestPerAttempt = postTestQuiz?.perAttempt ?? 0;

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
  // A count of sittings, and the items of the last: any of the post-test's own ids.
  sittings: fc.option(
    fc.record({
      count: fc.integer({ min: 1, max: 10_000 }),
      at: time,
      itemIds: fc.subarray(postTestItemIds, { maxLength: postTestPerAttempt }),
    }),
  ),
  learner: fc.option(
    fc.record({
      // Only names the certificate page would keep: the course never stores any other.
      name: awkwardText
        .map((text) => checkLearnerName(`${text}a`))
        .filter((checked) => checked.ok)
        .map((checked) => checked.name),
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
    sittings: NonNullable<Progress['sittings']>[string] | null;
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
    ...(parts.sittings ? { sittings: { [postTestId]: parts.sittings } } : {}),
  };
}

/** Anything the course itself can record: its lessons, its quizzes' items, any free text. */
export const courseRecord: fc.Arbitrary<Progress> = fc
  .tuple(
    extras,
    fc.tuple(...courseLessonIds.map((id) => fc.option(lesson).map((value) => [id, value] as const))),
    fc.tuple(
      ...courseQuizzes.map((quiz) =>
        fc
          .array(attempt(fc.subarray(quiz.itemIds, { maxLength: quiz.perAttempt })), { maxLength: 8 })
          // The course keeps attempts oldest first.
          .map((attempts) => attempts.sort((a, b) => a.at - b.at))
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
export const hostileRecord: fc.Arbitrary<Progress> = fc
  .tuple(
    courseRecord,
    fc.dictionary(slug, lesson, { maxKeys: 60 }),
    fc.dictionary(
      fc.oneof(slug, fc.constantFrom(...lmsRules.quizIds)),
      fc.array(attempt(fc.uniqueArray(slug, { maxLength: 120 })), { minLength: 1, maxLength: 20 }),
      { maxKeys: 20 },
    ),
    fc.dictionary(
      fc.oneof(slug, fc.constantFrom(...lmsRules.quizIds)),
      fc.record({
        count: fc.integer({ min: 1, max: 10_000 }),
        at: time,
        itemIds: fc.uniqueArray(slug, { maxLength: 120 }),
      }),
      { maxKeys: 20 },
    ),
  )
  .map(([record, lessons, quizzes, sittings]) => ({
    ...record,
    lessons: { ...lessons, ...record.lessons },
    quizzes: { ...record.quizzes, ...quizzes },
    sittings: { ...record.sittings, ...sittings },
  }));
