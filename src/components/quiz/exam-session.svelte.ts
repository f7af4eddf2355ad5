// A sitting of the post-test in exam mode: answers with no feedback, flags for review, the
// question on screen and the review step, until the learner submits the whole sitting; then
// every item is scored at once and the attempt is recorded. Scoring is the pure function in
// src/lib/quiz/scoring.ts; the words and tallies are in src/lib/quiz/exam.ts.
import { own } from '../../lib/own';
import type { ScoredItem } from '../../schemas/quiz-items';
import { isAnswered, scoreQuiz, type QuizScore } from '../../lib/quiz/scoring';
import type { QuizAttempt } from '../../lib/progress/model';
import type { QuizDraft } from '../../lib/quiz/draft';
import { reviewSummary, type QuestionState, type ReviewSummary } from '../../lib/quiz/exam';
import { attemptOf, ItemState } from './item-state.svelte';

export interface ExamSettings {
  items: ScoredItem[];
  passMark: number;
  /** The sitting's seed: the order of options. */
  seed: number;
  /**
   * Called once, when the sitting is submitted; says whether the attempt was saved for good
   * (false: kept only while the page is open).
   */
  onSubmit: (attempt: QuizAttempt) => boolean;
  /** Unix seconds now. */
  now: () => number;
}

/** Answering (one question on screen), reviewing before submitting, or submitted. */
export type ExamPhase = 'answering' | 'review' | 'submitted';

export class ExamSession {
  readonly #settings: ExamSettings;
  readonly items: ItemState[];
  readonly #startedAt: number;
  /** Index of the question on screen. */
  current = $state(0);
  phase: ExamPhase = $state('answering');
  /** Ids of the items flagged for review. */
  flagged: string[] = $state([]);
  /** Whether the submitted sitting was saved for good; undefined until submitted. */
  saved: boolean | undefined = $state();

  /** Each ordering question's order as first shown, by item id. */
  readonly #shownOrders: Readonly<Record<string, string>>;

  constructor(settings: ExamSettings, startedAt = settings.now()) {
    this.#settings = settings;
    // One answer per item: no tries, no check before the sitting is submitted.
    this.items = settings.items.map((item) => new ItemState(item, 1, settings.seed));
    // An ordering question always shows an order; it is answered once the learner has moved a
    // step, so the navigator and the review never call an untouched question answered.
    this.#shownOrders = Object.fromEntries(
      this.items.flatMap((state) =>
        state.response.type === 'ordering' ? [[state.item.id, state.response.order.join()]] : [],
      ),
    );
    this.#startedAt = startedAt;
  }

  get submitted(): boolean {
    return this.phase === 'submitted';
  }

  get currentItem(): ItemState | undefined {
    return this.items[this.current];
  }

  answered(state: ItemState): boolean {
    if (state.response.type === 'ordering')
      return state.response.order.join() !== own(this.#shownOrders, state.item.id);
    return isAnswered(state.item, state.response);
  }

  isFlagged(id: string): boolean {
    return this.flagged.includes(id);
  }

  /** Each question's state, for the navigator and the review. */
  get states(): QuestionState[] {
    return this.items.map((state, index) => ({
      number: index + 1,
      answered: this.answered(state),
      flagged: this.isFlagged(state.item.id),
    }));
  }

  get summary(): ReviewSummary {
    return reviewSummary(this.states);
  }

  toggleFlag(id: string): void {
    if (this.submitted) return;
    this.flagged = this.isFlagged(id)
      ? this.flagged.filter((flag) => flag !== id)
      : this.items.map((state) => state.item.id).filter((other) => other === id || this.isFlagged(other));
  }

  /** Shows question `index` (0-based), from the questions or the review. */
  goTo(index: number): void {
    if (this.submitted || index < 0 || index >= this.items.length) return;
    this.current = index;
    this.phase = 'answering';
  }

  review(): void {
    if (!this.submitted) this.phase = 'review';
  }

  get total(): QuizScore {
    return scoreQuiz(
      this.items.map((state) => state.result ?? { score: 0, max: 0 }),
      this.#settings.passMark,
    );
  }

  /** Scores every item at once and records the attempt; once per sitting. */
  submit(): void {
    if (this.submitted) return;
    for (const state of this.items) state.grade();
    this.phase = 'submitted';
    this.saved = this.#settings.onSubmit(
      attemptOf(this.items, this.total, this.#startedAt, this.#settings.now()),
    );
  }

  /** The sitting as a draft saves it, flags and place included; undefined once submitted. */
  get draft(): QuizDraft | undefined {
    if (this.submitted) return undefined;
    return {
      startedAt: this.#startedAt,
      savedAt: this.#settings.now(),
      seed: this.#settings.seed,
      itemIds: this.items.map((state) => state.item.id),
      items: Object.fromEntries(this.items.map((state) => [state.item.id, state.draft])),
      flagged: [...this.flagged],
      current: this.current,
    };
  }

  /**
   * A sitting taken back from its draft: the same items in the same order (the caller looks them
   * up in the bank), answers, flags and the question that was on screen. An answer that no longer
   * fits its item is left out.
   */
  static resume(settings: Omit<ExamSettings, 'seed'>, draft: QuizDraft): ExamSession {
    const session = new ExamSession({ ...settings, seed: draft.seed }, draft.startedAt);
    for (const state of session.items) {
      const saved = draft.items[state.item.id];
      // An answer saved in exam mode was never checked; anything else is not taken back.
      if (saved && !saved.checked) state.restore(saved);
    }
    const ids = session.items.map((state) => state.item.id);
    session.flagged = (draft.flagged ?? []).filter((id) => ids.includes(id));
    session.current = Math.min(draft.current ?? 0, Math.max(0, ids.length - 1));
    return session;
  }
}
