// A sitting of a whole quiz: its items' states, the total, and recording the result once every
// item is finished. Retaking starts a new sitting with a new shuffle.
import type { ScoredItem } from '../../schemas/quiz-items';
import { scoreQuiz, type QuizScore } from '../../lib/quiz/scoring';
import type { QuizAttempt } from '../../lib/progress/model';
import { ItemState } from './item-state.svelte';

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

  constructor(settings: QuizSettings) {
    this.#settings = settings;
    this.#start();
  }

  #start(): void {
    const seed = this.#settings.seed + this.sitting * 7919;
    this.items = this.#settings.items.map(
      (item) => new ItemState(item, item.attempts ?? this.#settings.attempts, seed),
    );
    this.#startedAt = this.#settings.now();
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
    const now = this.#settings.now();
    const { score, max } = this.total;
    this.saved = this.#settings.onComplete({
      at: now,
      seconds: Math.max(0, now - this.#startedAt),
      score,
      max,
      items: Object.fromEntries(
        this.items.map((state) => [state.item.id, state.result?.outcome ?? 'incorrect']),
      ),
    });
    return true;
  }

  retake(): void {
    this.sitting += 1;
    this.#start();
  }
}
