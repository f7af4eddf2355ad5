import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress, type ItemOutcome } from '../../../src/lib/progress/model';
import { topicResults, weakestTopic } from '../../../src/lib/progress/results';

const attempt = (at: number, items: Record<string, ItemOutcome>) => ({
  at,
  seconds: 10,
  score: 0,
  max: 1,
  items,
});
const itemTopics = { quiz: { q1: 'mechanism', q2: 'mechanism', q3: 'causes', q4: 'red-flags' } };
const topics = ['mechanism', 'causes', 'red-flags'];

describe('quiz results by topic', () => {
  it('scores topics from the latest attempt of each quiz, partly correct counting half', () => {
    let progress = actions.recordQuizAttempt(
      emptyProgress(),
      'quiz',
      attempt(1, { q1: 'incorrect', q3: 'incorrect' }),
    );
    progress = actions.recordQuizAttempt(
      progress,
      'quiz',
      attempt(2, { q1: 'correct', q2: 'partial', q3: 'incorrect', q9: 'correct' }),
    );
    expect(topicResults(progress, itemTopics, topics)).toEqual([
      { topic: 'mechanism', answered: 2, correct: 1, partial: 1, share: 0.75 },
      { topic: 'causes', answered: 1, correct: 0, partial: 0, share: 0 },
    ]);
  });

  it('names the weakest topic, the earlier on a tie, and none when all are right', () => {
    const result = (topic: string, share: number) => ({ topic, answered: 1, correct: 0, partial: 0, share });
    expect(weakestTopic([result('a', 0.5), result('b', 0.2), result('c', 0.2)])?.topic).toBe('b');
    expect(weakestTopic([result('a', 1)])).toBeUndefined();
    expect(weakestTopic([])).toBeUndefined();
  });
});
