// Drawing a post-test from its bank: every lesson gets its share, the rest fall where the seed
// says, and the drawn items come in a shuffled order. A retake is drawn away from the sitting
// before it, so a learner cannot pass by remembering the feedback of the last one.
import type { ScoredItem } from '../../schemas/quiz-items';
import { shuffled } from './shuffle';

/** A draw for a new sitting, and what it had to repeat from the previous one. */
export interface SittingDraw {
  items: ScoredItem[];
  /** Ids of drawn items that the previous sitting had too: empty whenever the bank allows. */
  repeated: string[];
}

/**
 * Takes `count` items from per-lesson queues, always from the lesson that has the fewest drawn so
 * far among those with items left (ties go to the lesson earlier in `lessons`, an order the seed
 * shuffled). So lesson counts differ by at most one while every lesson still has items left.
 */
function takeBalanced(
  lessons: readonly string[],
  queues: Map<string, ScoredItem[]>,
  drawnPerLesson: Map<string, number>,
  count: number,
): ScoredItem[] {
  const taken: ScoredItem[] = [];
  while (taken.length < count) {
    let pick: string | undefined;
    for (const lesson of lessons) {
      if ((queues.get(lesson)?.length ?? 0) === 0) continue;
      if (pick === undefined || (drawnPerLesson.get(lesson) ?? 0) < (drawnPerLesson.get(pick) ?? 0))
        pick = lesson;
    }
    const next = pick === undefined ? undefined : queues.get(pick)?.shift();
    if (pick === undefined || !next) break;
    taken.push(next);
    drawnPerLesson.set(pick, (drawnPerLesson.get(pick) ?? 0) + 1);
  }
  return taken;
}

/**
 * `count` items from `bank` for a new sitting, sharing no item with `previous` (the ids of the
 * sitting before) whenever the bank has `count` other items; otherwise every other item and as few
 * of the previous ones as make up the count, and `repeated` names them. Balanced across lessons
 * (`ref.lesson`): first among the new items, then among the repeated ones. The same seed gives the
 * same draw. Never more than the bank holds.
 */
export function drawSitting(
  bank: readonly ScoredItem[],
  count: number,
  seed: number,
  previous: readonly string[] = [],
): SittingDraw {
  const before = new Set(previous);
  const lessons = shuffled([...new Set(bank.map((item) => item.ref.lesson))].sort(), seed);
  const queuesOf = (items: readonly ScoredItem[], salt: number) =>
    new Map(
      lessons.map((lesson, index) => [
        lesson,
        shuffled(
          items.filter((item) => item.ref.lesson === lesson),
          seed + index + salt,
        ),
      ]),
    );
  const drawnPerLesson = new Map<string, number>();
  const fresh = takeBalanced(
    lessons,
    queuesOf(
      bank.filter((item) => !before.has(item.id)),
      1,
    ),
    drawnPerLesson,
    count,
  );
  const repeated = takeBalanced(
    lessons,
    queuesOf(
      bank.filter((item) => before.has(item.id)),
      104_729,
    ),
    drawnPerLesson,
    count - fresh.length,
  );
  return {
    items: shuffled([...fresh, ...repeated], seed + 7919),
    repeated: repeated.map((item) => item.id),
  };
}

/**
 * `count` items from `bank`, balanced across lessons (`ref.lesson`): lesson counts differ by at
 * most one while every lesson still has items left. The same seed gives the same draw.
 */
export function drawBalanced(bank: readonly ScoredItem[], count: number, seed: number): ScoredItem[] {
  return drawSitting(bank, count, seed).items;
}
