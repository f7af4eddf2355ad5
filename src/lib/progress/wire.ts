/**
 * How progress is stored: one compact JSON string under one localStorage key (and, in an LMS,
 * in SCORM's suspend_data, which holds 4,096 characters in SCORM 1.2).
 *
 * Version 4, the current shape:
 *
 *   {
 *     "v": 4,                                   format version
 *     "r": 1764000000,                          resetAt: Unix seconds of the last reset, 0 for never
 *     "l": { "<lessonId>": [started, completed, seconds] },   completed is 0 until complete
 *     "p": ["<lessonId>", "<sectionId>", at],   location to resume; sectionId "" for the top
 *     "q": { "<quizId>": [[at, seconds, score, max, "<itemId>:c,<itemId>:p,<itemId>:i", "id"], …] },
 *                                               "id": the attempt's own tag (4 letters or digits),
 *                                               absent on attempts recorded before version 3
 *     "s": { "<quizId>": [count, at, "<itemId>,<itemId>"] },  submitted post-test sittings: how
 *                                               many, when the last was, and its items;
 *                                               absent before the first
 *     "c": 1764000300,                          courseCompletedAt; absent until complete
 *     "e": [at, "yyp", 4, "comment"],           evaluation: time, an answer per course outcome
 *                                               (y yes, p partly, n no), relevance 1-5, comment
 *     "n": ["Learner Name", at]                 the name for the certificate, and when it was set
 *   }
 *
 * Ids are lower-case slugs (letters, digits, hyphens). The name and the comment are free text,
 * which the course only ever renders as text.
 *
 * Lifecycle: read once when a page first needs progress, merged with any newer copy before
 * every change, written after every change (see store.ts). A reset writes a new empty record
 * with a new "r". A value that cannot be read is copied aside before anything overwrites it.
 *
 * Migrations: each function in `migrations` turns version N into N + 1, and each has a test.
 * - 1 → 2: version 2 added the optional "e" (evaluation) and "n" (name); a version 1 record is a
 *   version 2 record without them.
 * - 2 → 3: version 3 tags each new attempt, so two attempts at one quiz finished in the same
 *   second with the same score (two tabs) stay two; a version 2 attempt has no tag.
 *   The version rose although nothing old became invalid: a version 2 page reading a tagged
 *   attempt would drop it as damaged, so it must see a newer version instead, and stop saving.
 * - 3 → 4: version 4 added the optional "s" (sittings of the post-test, for its retake policy and
 *   for drawing each retake away from the last sitting). A version 3 page would drop "s" unseen
 *   and save without it, which would undo the count: it must see a newer version instead.
 * When the shape changes again, bump `currentVersion` and add the next step the same way. A value from a *newer* version (written by a later release of
 * the course) is never guessed at: it is kept aside and the learner is told.
 */
import { is, parse } from '../validation';
import type {
  Evaluation,
  ItemOutcome,
  LessonProgress,
  Location,
  ObjectiveAnswer,
  Progress,
  QuizAttempt,
  SittingRecord,
} from './model';
import { emptyProgress } from './model';
import {
  attemptWire,
  currentVersion,
  evaluationWire,
  learnerWire,
  lessonWire,
  locationWire,
  recordWire,
  sittingWire,
  slug,
} from './wire-schema';

export { currentVersion };

/** Version N to N + 1, keyed by N. */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, v: 2 }),
  2: (old) => ({ ...old, v: 3 }),
  3: (old) => ({ ...old, v: 4 }),
};

const outcomeCodes = { c: 'correct', p: 'partial', i: 'incorrect' } as const satisfies Record<
  string,
  ItemOutcome
>;
const codeOf = { correct: 'c', partial: 'p', incorrect: 'i' } as const satisfies Record<ItemOutcome, string>;
const answerCodes = { y: 'yes', p: 'partly', n: 'no' } as const satisfies Record<string, ObjectiveAnswer>;

/** What reading a stored value found. */
export type DecodeResult =
  | { status: 'empty'; progress: Progress }
  | { status: 'ok'; progress: Progress }
  /** Readable, but some entries were invalid and dropped; the rest is kept. */
  | { status: 'salvaged'; progress: Progress; dropped: number }
  /** Nothing usable: not JSON, not ours, or from a newer version of the course. */
  | { status: 'unreadable'; progress: Progress; reason: 'corrupt' | 'foreign' | 'future' };

/** Entries sorted by key, so equal records always encode to the same string. */
const sortedEntries = <T>(record: Record<string, T>) =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function encodeProgress(progress: Progress): string {
  const lessons = Object.fromEntries(
    sortedEntries(progress.lessons).map(([id, lesson]) => [
      id,
      [lesson.startedAt, lesson.endReachedAt ?? 0, lesson.seconds],
    ]),
  );
  const quizzes = Object.fromEntries(
    sortedEntries(progress.quizzes).map(([id, attempts]) => [
      id,
      attempts.map((attempt) => [
        attempt.at,
        attempt.seconds,
        attempt.score,
        attempt.max,
        sortedEntries(attempt.items)
          .map(([itemId, outcome]) => `${itemId}:${codeOf[outcome]}`)
          .join(','),
        ...(attempt.id === undefined ? [] : [attempt.id]),
      ]),
    ]),
  );
  const sittings = Object.fromEntries(
    sortedEntries(progress.sittings ?? {}).map(([id, sitting]) => [
      id,
      [sitting.count, sitting.at, sitting.itemIds.join(',')],
    ]),
  );
  const { location, courseCompletedAt, evaluation, learner } = progress;
  return JSON.stringify({
    v: currentVersion,
    r: progress.resetAt,
    l: lessons,
    ...(location ? { p: [location.lessonId, location.sectionId ?? '', location.at] } : {}),
    q: quizzes,
    ...(Object.keys(sittings).length > 0 ? { s: sittings } : {}),
    ...(courseCompletedAt === undefined ? {} : { c: courseCompletedAt }),
    ...(evaluation
      ? {
          e: [
            evaluation.at,
            evaluation.objectives.map((answer) => answer[0]).join(''),
            evaluation.relevance,
            evaluation.comment,
          ],
        }
      : {}),
    ...(learner ? { n: [learner.name, learner.at] } : {}),
  });
}

function decodeEvaluation(value: unknown): Evaluation | undefined {
  const parsed = parse(evaluationWire, value);
  if (!parsed.success) return undefined;
  const [at, answers, relevance, comment] = parsed.output;
  return {
    at,
    objectives: (answers.match(/[ypn]/g) ?? []).map((code) => answerCodes[code as 'y' | 'p' | 'n']),
    relevance,
    comment,
  };
}

function decodeLesson(value: unknown): LessonProgress | undefined {
  const parsed = parse(lessonWire, value);
  if (!parsed.success) return undefined;
  const [startedAt, endReachedAt, seconds] = parsed.output;
  return { startedAt, seconds, ...(endReachedAt > 0 ? { endReachedAt } : {}) };
}

function decodeAttempt(value: unknown): QuizAttempt | undefined {
  const parsed = parse(attemptWire, value);
  if (!parsed.success) return undefined;
  const [at, seconds, score, max, items, tag] = parsed.output;
  const outcomes =
    items === '' ? [] : items.split(',').map((pair: string) => pair.split(':') as [string, 'c' | 'p' | 'i']);
  return {
    at,
    seconds,
    score,
    max,
    items: Object.fromEntries(outcomes.map(([itemId, code]) => [itemId, outcomeCodes[code]])),
    ...(tag === undefined ? {} : { id: tag }),
  };
}

function decodeSitting(value: unknown): SittingRecord | undefined {
  const parsed = parse(sittingWire, value);
  if (!parsed.success) return undefined;
  const [count, at, itemIds] = parsed.output;
  return { count, at, itemIds: itemIds === '' ? [] : itemIds.split(',') };
}

function decodeLocation(value: unknown): Location | undefined {
  const parsed = parse(locationWire, value);
  if (!parsed.success) return undefined;
  const [lessonId, sectionId, at] = parsed.output;
  return { lessonId, at, ...(sectionId ? { sectionId } : {}) };
}

/** Applies migrations from the stored version up to the current one. */
function migrate(value: Record<string, unknown>): Record<string, unknown> {
  let migrated = value;
  for (let version = Number(value.v); version < currentVersion; version += 1) {
    const step = migrations[version];
    if (!step) break;
    migrated = step(migrated);
  }
  return migrated;
}

/**
 * Reads a stored value, never throwing: whatever can be trusted is kept, whatever cannot is
 * dropped, and the result says which happened so the learner can be told.
 */
export function decodeProgress(raw: string | null | undefined): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', progress: emptyProgress() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return salvageTruncated(raw);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('v' in json)) {
    return { status: 'unreadable', progress: emptyProgress(), reason: 'foreign' };
  }
  const version = json.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'unreadable', progress: emptyProgress(), reason: 'foreign' };
  }
  if (version > currentVersion) return { status: 'unreadable', progress: emptyProgress(), reason: 'future' };

  const outer = parse(recordWire, migrate(json));
  if (!outer.success) return { status: 'unreadable', progress: emptyProgress(), reason: 'corrupt' };
  const { r, l, p, q, s, c, e, n } = outer.output;

  let dropped = 0;
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, value] of Object.entries(l)) {
    const lesson = decodeLesson(value);
    if (lesson && is(slug, id)) lessons[id] = lesson;
    else dropped += 1;
  }
  const quizzes: Record<string, QuizAttempt[]> = {};
  for (const [id, value] of Object.entries(q)) {
    const attempts = Array.isArray(value) && is(slug, id) ? value.map(decodeAttempt) : [undefined];
    const valid = attempts.filter((attempt) => attempt !== undefined);
    dropped += attempts.length - valid.length;
    if (valid.length > 0) quizzes[id] = valid.sort((a, b) => a.at - b.at);
  }
  const sittings: Record<string, SittingRecord> = {};
  for (const [id, value] of Object.entries(s ?? {})) {
    const sitting = decodeSitting(value);
    if (sitting && is(slug, id)) sittings[id] = sitting;
    else dropped += 1;
  }
  const location = p === undefined ? undefined : decodeLocation(p);
  if (p !== undefined && !location) dropped += 1;
  const evaluation = e === undefined ? undefined : decodeEvaluation(e);
  if (e !== undefined && !evaluation) dropped += 1;
  const learnerParsed = n === undefined ? undefined : parse(learnerWire, n);
  const learner = learnerParsed?.success
    ? { name: learnerParsed.output[0], at: learnerParsed.output[1] }
    : undefined;
  if (n !== undefined && !learner) dropped += 1;

  const progress: Progress = {
    resetAt: r,
    lessons,
    quizzes,
    ...(Object.keys(sittings).length > 0 ? { sittings } : {}),
    ...(location ? { location } : {}),
    ...(c === undefined ? {} : { courseCompletedAt: c }),
    ...(evaluation ? { evaluation } : {}),
    ...(learner ? { learner } : {}),
  };
  return dropped > 0 ? { status: 'salvaged', progress, dropped } : { status: 'ok', progress };
}

/**
 * A value cut short (a full disk, a crash mid-write, a hand edit) is not JSON, but the lessons
 * near its start may be whole: each `"id":[started,completed,seconds]` entry of the "l" part is
 * recovered. Quiz attempts are not: a partial list could misreport a best score.
 */
function salvageTruncated(raw: string): DecodeResult {
  const header = /^\{"v":[1234],"r":(\d+),"l":\{/.exec(raw);
  if (!header) return { status: 'unreadable', progress: emptyProgress(), reason: 'corrupt' };
  const lessonsPart = raw.slice(header[0].length).split('}')[0] ?? '';
  const lessons: Record<string, LessonProgress> = {};
  for (const [, id = '', ...numbers] of lessonsPart.matchAll(
    /"([a-z0-9][a-z0-9-]{0,63})":\[(\d+),(\d+),(\d+)\]/g,
  )) {
    const lesson = decodeLesson(numbers.map(Number));
    if (lesson) lessons[id] = lesson;
  }
  if (Object.keys(lessons).length === 0)
    return { status: 'unreadable', progress: emptyProgress(), reason: 'corrupt' };
  return { status: 'salvaged', progress: { ...emptyProgress(Number(header[1])), lessons }, dropped: 1 };
}
