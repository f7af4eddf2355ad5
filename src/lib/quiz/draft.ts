/**
 * Unfinished sittings of quizzes, saved as the learner answers so that a reload, a closed tab or
 * a new version of the course loses nothing; the quiz offers them back. Pure: the progress store
 * keeps the text under one key, `clonus-course:drafts` (kept in the browser only, also inside an
 * LMS: a draft is not a result), and these functions say what it holds.
 *
 * Stored shape, version 1: `{ "v": 1, "d": { "<quizId>": QuizDraft } }`. A draft that does not
 * fit its schema, or no longer fits its quiz (the content changed), is dropped, never guessed at.
 * The post-test's exam mode adds two optional fields, `flagged` and `current`: a page from before
 * them reads such a draft and only loses the flags and the place, so the version stayed 1.
 * Lifecycle: written after every answer, check, flag and move; removed when the sitting is
 * finished (submitted) or the learner starts over.
 */
import { is, parse } from '../validation';
import type { ScoredItem } from '../../schemas/quiz-items';
import { dropdownsOf } from './scoring';
import { own } from '../own';
import type { ItemResponse } from './scoring';
import { draftsWire, id, quizDraft } from './draft-schema';

/** The state of one item in an unfinished sitting. */
export interface ItemDraft {
  /** Tries used before this one (0 on the first try). */
  attempt: number;
  response: ItemResponse;
  /** Whether this try was checked (its feedback was shown). */
  checked: boolean;
}

export interface QuizDraft {
  /** Unix seconds: when the sitting started, and when it was last saved. */
  startedAt: number;
  savedAt: number;
  /** The sitting's seed: the order of options (and, for the post-test, which items were drawn). */
  seed: number;
  /** The sitting's items, in order. */
  itemIds: string[];
  items: Record<string, ItemDraft>;
  /** Exam mode: the items the learner flagged for review, in sitting order. */
  flagged?: string[] | undefined;
  /** Exam mode: the index in `itemIds` of the question on screen. */
  current?: number | undefined;
}

/** Every sound draft in the stored text, by quiz id; anything else is dropped. */
export function decodeDrafts(raw: string | null): Record<string, QuizDraft> {
  if (raw === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const outer = parse(draftsWire, json);
  if (!outer.success) return {};
  const drafts: Record<string, QuizDraft> = {};
  for (const [quizId, value] of Object.entries(outer.output.d)) {
    const parsed = parse(quizDraft, value);
    if (is(id, quizId) && parsed.success) drafts[quizId] = parsed.output;
  }
  return drafts;
}

export function encodeDrafts(drafts: Readonly<Record<string, QuizDraft>>): string {
  return JSON.stringify({ v: 1, d: drafts });
}

/** The draft of a quiz, if there is one. */
export function draftOf(drafts: Readonly<Record<string, QuizDraft>>, quizId: string): QuizDraft | undefined {
  return own(drafts, quizId);
}

/** How many of the sitting's items have an answer or a check. */
export function answeredCount(draft: QuizDraft): number {
  return Object.values(draft.items).filter((item) => item.checked || hasAnswer(item.response)).length;
}

function hasAnswer(response: ItemResponse): boolean {
  switch (response.type) {
    case 'single':
      return response.choice !== undefined;
    case 'multiple':
      return response.choices.length > 0;
    case 'highlight':
      return response.selected.length > 0;
    case 'matrix':
      return Object.keys(response.rows).length > 0;
    case 'ordering':
      // An order is always shown; only tries and checks say the learner worked on it.
      return false;
    case 'cloze':
    case 'rationale':
      return Object.keys(response.blanks).length > 0;
    case 'bowtie':
      return (
        response.condition !== undefined || response.actions.length > 0 || response.parameters.length > 0
      );
  }
}

/** Does a saved answer still fit the item as it is now (same type, ids that exist)? */
export function responseFits(item: ScoredItem, saved: ItemResponse): boolean {
  const within = (picked: readonly string[], known: readonly string[]) =>
    picked.every((choice) => known.includes(choice));
  switch (item.type) {
    case 'single':
      return (
        saved.type === 'single' &&
        (saved.choice === undefined || item.options.some((option) => option.id === saved.choice))
      );
    case 'multiple':
      return (
        saved.type === 'multiple' &&
        within(
          saved.choices,
          item.options.map((option) => option.id),
        )
      );
    case 'highlight': {
      const phrases = item.passage.flatMap((part) => (typeof part === 'string' ? [] : [part.id]));
      return saved.type === 'highlight' && within(saved.selected, phrases);
    }
    case 'matrix': {
      if (saved.type !== 'matrix') return false;
      const columns = item.columns.map((column) => column.id);
      return Object.entries(saved.rows).every(
        ([row, column]) => item.rows.some((candidate) => candidate.id === row) && columns.includes(column),
      );
    }
    case 'cloze':
    case 'rationale': {
      if (saved.type !== item.type) return false;
      const dropdowns = dropdownsOf(item);
      return Object.entries(saved.blanks).every(([blank, option]) =>
        dropdowns.some((dropdown) => dropdown.id === blank && dropdown.options.some((o) => o.id === option)),
      );
    }
    case 'bowtie': {
      if (saved.type !== 'bowtie') return false;
      const idsOf = (options: readonly { id: string }[]) => options.map((option) => option.id);
      return (
        (saved.condition === undefined || idsOf(item.condition).includes(saved.condition)) &&
        within(saved.actions, idsOf(item.actions)) &&
        within(saved.parameters, idsOf(item.parameters))
      );
    }
    case 'ordering': {
      const steps = item.steps.map((step) => step.id);
      return (
        saved.type === 'ordering' &&
        saved.order.length === steps.length &&
        within(saved.order, steps) &&
        new Set(saved.order).size === steps.length
      );
    }
  }
}
