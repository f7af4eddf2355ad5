// One item's life in a quiz: the learner's answer, checks, tries, and what feedback may show.
// Scoring itself is the pure function in src/lib/quiz/scoring.ts; this class only holds state.
import type { ScoredItem } from '../../schemas/quiz-items';
import { isAnswered, scoreItem, type ItemResponse, type ItemScore } from '../../lib/quiz/scoring';
import { responseFits, type ItemDraft } from '../../lib/quiz/draft';
import { attemptSeed, shuffled } from '../../lib/quiz/shuffle';
import type { QuizAttempt } from '../../lib/progress/model';

function emptyResponse(item: ScoredItem, seed: number): ItemResponse {
  switch (item.type) {
    case 'single':
      return { type: 'single' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'matrix':
      return { type: 'matrix', rows: {} };
    case 'highlight':
      return { type: 'highlight', selected: [] };
    case 'cloze':
    case 'rationale':
      return { type: item.type, blanks: {} };
    case 'bowtie':
      return { type: 'bowtie', actions: [], parameters: [] };
    case 'ordering': {
      const key = item.steps.map((step) => step.id);
      const order = shuffled(key, seed);
      // A shuffle that happens to land in the right order would give the answer away.
      const unchanged = order.every((id, index) => id === key[index]);
      return { type: 'ordering', order: unchanged ? [...key.slice(1), ...key.slice(0, 1)] : order };
    }
  }
}

export class ItemState {
  readonly item: ScoredItem;
  readonly triesAllowed: number;
  readonly #quizSeed: number;
  /** 0 for the first try. */
  attempt = $state(0);
  response: ItemResponse = $state({ type: 'single' });
  /** The score of the last check; undefined while the learner is answering. */
  result: ItemScore | undefined = $state();

  constructor(item: ScoredItem, triesAllowed: number, quizSeed: number) {
    this.item = item;
    this.triesAllowed = triesAllowed;
    this.#quizSeed = quizSeed;
    this.response = emptyResponse(item, this.seed);
  }

  /** Seed of this try: options show in a new order on every try. */
  get seed(): number {
    return attemptSeed(this.#quizSeed, this.item.id, this.attempt);
  }

  get triesLeft(): number {
    return this.triesAllowed - this.attempt - (this.result ? 1 : 0);
  }

  /** Right, or out of tries: the answer and every rationale may be shown. */
  get finished(): boolean {
    return this.result !== undefined && (this.result.outcome === 'correct' || this.triesLeft <= 0);
  }

  get canCheck(): boolean {
    return this.result === undefined && isAnswered(this.item, this.response);
  }

  answer(response: ItemResponse): void {
    if (this.result === undefined) this.response = response;
  }

  check(): void {
    if (this.canCheck) this.result = scoreItem(this.item, this.response);
  }

  /**
   * Scores the answer as it stands, given or not (an exam sitting is submitted whole: an item left
   * unanswered scores 0). Nothing changes once scored.
   */
  grade(): void {
    this.result ??= scoreItem(this.item, this.response);
  }

  /** This item's state as a draft keeps it (lib/quiz/draft.ts). */
  get draft(): ItemDraft {
    return {
      attempt: this.attempt,
      response: $state.snapshot(this.response),
      checked: this.result !== undefined,
    };
  }

  /** Takes back a saved state, if it still fits the item; false (and nothing changed) if not. */
  restore(saved: ItemDraft): boolean {
    if (saved.attempt >= this.triesAllowed || !responseFits(this.item, saved.response)) return false;
    this.attempt = saved.attempt;
    this.response = saved.response;
    this.result = saved.checked ? scoreItem(this.item, saved.response) : undefined;
    return true;
  }

  retry(): void {
    if (!this.result || this.finished) return;
    this.attempt += 1;
    this.result = undefined;
    this.response = emptyResponse(this.item, this.seed);
  }
}

/**
 * The attempt a finished sitting records: its score and each item's outcome (an item never
 * checked counts as incorrect). The topic quizzes and the post-test record the same shape.
 */
export function attemptOf(
  items: readonly ItemState[],
  total: { score: number; max: number },
  startedAt: number,
  now: number,
): QuizAttempt {
  return {
    at: now,
    seconds: Math.max(0, now - startedAt),
    score: total.score,
    max: total.max,
    items: Object.fromEntries(items.map((state) => [state.item.id, state.result?.outcome ?? 'incorrect'])),
  };
}
