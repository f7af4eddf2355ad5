// Drawing a post-test from its bank: every lesson gets its share, the rest fall where the seed
// says, and the drawn items come in a shuffled order.
import type { ScoredItem } from '../../schemas/quiz-items';
import { shuffled } from './shuffle';

/**
 * `count` items from `bank`, balanced across lessons (`ref.lesson`): lesson counts differ by at
 * most one while every lesson still has items left. The same seed gives the same draw.
 */
export function drawBalanced(bank: readonly ScoredItem[], count: number, seed: number): ScoredItem[] {
  const byLesson = Map.groupBy(bank, (item) => item.ref.lesson);
  const lessons = shuffled([...byLesson.keys()].sort(), seed);
  const queues = lessons.map((lesson, index) => shuffled(byLesson.get(lesson) ?? [], seed + index + 1));
  const drawn: ScoredItem[] = [];
  while (drawn.length < Math.min(count, bank.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return shuffled(drawn, seed + 7919);
}
