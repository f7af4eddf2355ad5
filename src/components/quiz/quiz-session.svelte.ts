// A sitting of a whole quiz: its items' states, the total, and recording the result once every
// item is finished. Retaking starts a new sitting with a new shuffle.
import type { ScoredItem } from '../../schemas/quiz-items';
import { scoreQuiz, type QuizScore } from '../../lib/quiz/scoring';
import type { QuizAttempt } from '../../lib/progress/model';
import { answeredCount, type QuizDraft } from '../../lib/quiz/draft';
import { attemptOf, ItemState } from './item-state.svelte';

export interface QuizSettings {
  quizId: string;
  items: ScoredItem[];
  /** Tries per item unless the item says otherwise. */
  attempts: number;
  passMark: number;
  seed: number;
  /**
   * Called once per sitting when every item is finished; says whether the attempt was saved for
   * good (false: kept only while the page is open).
   */
  onComplete: (attempt: QuizAttempt) => boolean;
  /** Unix seconds now. */
  now: () => number;
}

export class QuizSession {
  readonly #settings: QuizSettings;
  sitting = $state(0);
  items: ItemState[] = $state([]);
  /** Whether the finished sitting was saved for good; undefined until it is finished. */
  saved: boolean | undefined = $state();
  #startedAt = 0;
  #recorded = false;
  /** This sitting's seed: the options' order. */
  #seed = 0;

  constructor(settings: QuizSettings) {
    this.#settings = settings;
    this.#start();
  }

  #start(seed = this.#settings.seed + this.sitting * 7919, startedAt = this.#settings.now()): void {
    this.#seed = seed;
    this.items = this.#settings.items.map(
      (item) => new ItemState(item, item.attempts ?? this.#settings.attempts, seed),
    );
    this.#startedAt = startedAt;
    this.#recorded = false;
    this.saved = undefined;
  }

  itemState(id: string): ItemState | undefined {
    return this.items.find((state) => state.item.id === id);
  }

  get finished(): boolean {
    return this.items.every((state) => state.finished);
  }

  get total(): QuizScore {
    return scoreQuiz(
      this.items.map((state) => state.result ?? { score: 0, max: 0 }),
      this.#settings.passMark,
    );
  }

  /** Records the sitting when every item is finished, once per sitting; true when it just did. */
  recordIfFinished(): boolean {
    if (!this.finished || this.#recorded) return false;
    this.#recorded = true;
    this.saved = this.#settings.onComplete(
      attemptOf(this.items, this.total, this.#startedAt, this.#settings.now()),
    );
    return true;
  }

  /** The sitting as a draft saves it; undefined while nothing has been answered or checked. */
  get draft(): QuizDraft | undefined {
    const items = Object.fromEntries(this.items.map((state) => [state.item.id, state.draft]));
    const draft: QuizDraft = {
      startedAt: this.#startedAt,
      savedAt: this.#settings.now(),
      seed: this.#seed,
      itemIds: this.items.map((state) => state.item.id),
      items,
    };
    return answeredCount(draft) > 0 || this.items.some((state) => state.attempt > 0) ? draft : undefined;
  }

  /**
   * Takes back a saved sitting of these same items: their options in the same order, answers,
   * tries and checks. Items whose saved state no longer fits start afresh. False when the draft
   * is of other items (the quiz changed), and nothing changes.
   */
  restore(draft: QuizDraft): boolean {
    const ids = this.#settings.items.map((item) => item.id);
    if (draft.itemIds.length !== ids.length || draft.itemIds.some((id, index) => id !== ids[index]))
      return false;
    this.#start(draft.seed, draft.startedAt);
    for (const state of this.items) {
      const saved = draft.items[state.item.id];
      if (saved) state.restore(saved);
    }
    return true;
  }

  retake(): void {
    this.sitting += 1;
    this.#start();
  }
}
