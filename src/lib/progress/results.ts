// Results as the learner sees them, worked out from progress alone (no DOM, no state): lesson status
// labels and quiz results by topic.
import type { Progress } from './model';

// The labels live with the rule that gives the status (completion.ts), which the lesson and home
// pages load without the rest of this module.
export { statusLabel } from './completion';

/**
 * Which topic each quiz item tests, per quiz id and item id. Every quiz item names the lesson
 * section it draws on, so a topic is a lesson: results by topic say which lesson to review.
 */
export type ItemTopics = Record<string, Record<string, string>>;

export interface TopicResult {
  topic: string;
  /** Items answered, in the latest attempt of each quiz. */
  answered: number;
  correct: number;
  partial: number;
  /** Share of credit, 0 to 1: a partly correct answer counts half. */
  share: number;
}

/**
 * Results per topic from the latest attempt at each quiz (what the learner knows now, not what
 * they once got wrong), in the order of `topics`. Topics with no answered item are left out.
 */
export function topicResults(
  progress: Progress,
  itemTopics: ItemTopics,
  topics: readonly string[],
): TopicResult[] {
  const tally = new Map(topics.map((topic) => [topic, { answered: 0, correct: 0, partial: 0 }]));
  for (const [quizId, attempts] of Object.entries(progress.quizzes)) {
    const latest = attempts.at(-1);
    if (!latest) continue;
    for (const [itemId, outcome] of Object.entries(latest.items)) {
      const counts = tally.get(itemTopics[quizId]?.[itemId] ?? '');
      if (!counts) continue;
      counts.answered += 1;
      if (outcome === 'correct') counts.correct += 1;
      if (outcome === 'partial') counts.partial += 1;
    }
  }
  return [...tally]
    .filter(([, counts]) => counts.answered > 0)
    .map(([topic, counts]) => ({
      topic,
      ...counts,
      share: (counts.correct + counts.partial / 2) / counts.answered,
    }));
}

/** The topic with the lowest share (the earlier one on a tie), if any is below full marks. */
export function weakestTopic(results: readonly TopicResult[]): TopicResult | undefined {
  const weakest = results.reduce<TopicResult | undefined>(
    (low, result) => (low === undefined || result.share < low.share ? result : low),
    undefined,
  );
  return weakest && weakest.share < 1 ? weakest : undefined;
}
