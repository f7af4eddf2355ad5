// NCLEX Next Generation scoring, as a pure function: an item and a response in, a score and a
// verdict per choice out. Rules (NCSBN):
// - 0/1: single best answer; matrix with one choice per row (a point per row); drop-down cloze
//   (a point per drop-down); bow-tie (a point per part: the condition, each of 2 actions, each of
//   2 parameters, 5 in all).
// - Rationale: a drop-down rationale (a linked cause and effect) scores 1 only when every
//   drop-down is right, else 0.
// - +/-: select all that apply and highlight: +1 per keyed choice picked, −1 per other choice
//   picked, and an item never scores below 0.
// - Ordering (not an NGN type): a point for each pair of neighbouring steps in the right order,
//   so one step out of place costs little; all in order scores steps − 1.
import type { BowTieItem, Dropdown, ScoredItem } from '../../schemas/quiz-items';
import { bowTieKeyed } from './bowtie';
import type { ItemOutcome } from '../progress/model';

/** What the learner answered, by item type. Ids refer to the item's options, rows or steps. */
export type ItemResponse =
  | { type: 'single'; choice?: string | undefined }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'matrix'; rows: Readonly<Record<string, string>> }
  | { type: 'ordering'; order: readonly string[] }
  | { type: 'highlight'; selected: readonly string[] }
  /** Drop-down cloze and rationale: the option chosen in each drop-down, by drop-down id. */
  | { type: 'cloze' | 'rationale'; blanks: Readonly<Record<string, string>> }
  /** Bow-tie: the condition chosen, and the actions and parameters picked. */
  | {
      type: 'bowtie';
      condition?: string | undefined;
      actions: readonly string[];
      parameters: readonly string[];
    };

/**
 * How one choice (option, row, step or phrase) fared:
 * - `correct`: picked and right (or a row answered right, a step in place);
 * - `incorrect`: picked and wrong;
 * - `missed`: right but not picked;
 * - `unpicked`: wrong and rightly left alone.
 */
export type ChoiceVerdict = 'correct' | 'incorrect' | 'missed' | 'unpicked';

export interface ItemScore {
  score: number;
  max: number;
  outcome: ItemOutcome;
  verdicts: Record<string, ChoiceVerdict>;
}

function outcomeOf(score: number, max: number): ItemOutcome {
  if (score >= max) return 'correct';
  return score > 0 ? 'partial' : 'incorrect';
}

function plusMinus(choices: readonly { id: string; correct: boolean }[], picked: ReadonlySet<string>) {
  const verdicts: Record<string, ChoiceVerdict> = {};
  let score = 0;
  for (const choice of choices) {
    const isPicked = picked.has(choice.id);
    if (isPicked) score += choice.correct ? 1 : -1;
    verdicts[choice.id] = isPicked
      ? choice.correct
        ? 'correct'
        : 'incorrect'
      : choice.correct
        ? 'missed'
        : 'unpicked';
  }
  const max = choices.filter((choice) => choice.correct).length;
  return { score: Math.max(0, score), max, verdicts };
}

function phrasesOf(item: Extract<ScoredItem, { type: 'highlight' }>) {
  return item.passage.filter((part) => typeof part !== 'string');
}

/** The drop-downs of a cloze or rationale item, in passage order. */
export function dropdownsOf(item: { passage: readonly (string | Dropdown)[] }): Dropdown[] {
  return item.passage.filter((part) => typeof part !== 'string');
}

function dropdownVerdicts(dropdowns: readonly Dropdown[], response: ItemResponse) {
  const chosen = response.type === 'cloze' || response.type === 'rationale' ? response.blanks : {};
  const verdicts: Record<string, ChoiceVerdict> = {};
  for (const dropdown of dropdowns) {
    const given = chosen[dropdown.id];
    const right = dropdown.options.some((option) => option.correct && option.id === given);
    verdicts[dropdown.id] = given === undefined ? 'missed' : right ? 'correct' : 'incorrect';
  }
  return verdicts;
}

/**
 * A bow-tie, 0/1 per part. Each part takes a set number of picks (1, 2, 2); a part with more
 * picks than that scores 0, so picking everything never pays (the quiz lets the learner check
 * only with the right number picked, so this guards stored or crafted answers).
 */
function scoreBowTie(item: BowTieItem, response: ItemResponse) {
  const given = response.type === 'bowtie' ? response : { condition: undefined, actions: [], parameters: [] };
  const picks = {
    condition: given.condition === undefined ? [] : [given.condition],
    actions: given.actions,
    parameters: given.parameters,
  };
  const verdicts: Record<string, ChoiceVerdict> = {};
  let score = 0;
  for (const part of ['condition', 'actions', 'parameters'] as const) {
    const picked = new Set(picks[part]);
    const tooMany = picked.size > bowTieKeyed[part];
    for (const option of item[part]) {
      const isPicked = picked.has(option.id);
      if (isPicked && option.correct && !tooMany) score += 1;
      verdicts[option.id] = isPicked
        ? option.correct && !tooMany
          ? 'correct'
          : 'incorrect'
        : option.correct
          ? 'missed'
          : 'unpicked';
    }
  }
  return { score, max: bowTieKeyed.condition + bowTieKeyed.actions + bowTieKeyed.parameters, verdicts };
}

/** Scores one item. A response of another type than the item scores 0. */
export function scoreItem(item: ScoredItem, response: ItemResponse): ItemScore {
  const result = ((): Omit<ItemScore, 'outcome'> => {
    switch (item.type) {
      case 'single': {
        const choice = response.type === 'single' ? response.choice : undefined;
        const verdicts: Record<string, ChoiceVerdict> = {};
        for (const option of item.options) {
          const picked = option.id === choice;
          verdicts[option.id] = picked
            ? option.correct
              ? 'correct'
              : 'incorrect'
            : option.correct
              ? 'missed'
              : 'unpicked';
        }
        const right = item.options.some((option) => option.correct && option.id === choice);
        return { score: right ? 1 : 0, max: 1, verdicts };
      }
      case 'multiple':
        return plusMinus(item.options, new Set(response.type === 'multiple' ? response.choices : []));
      case 'highlight':
        return plusMinus(phrasesOf(item), new Set(response.type === 'highlight' ? response.selected : []));
      case 'matrix': {
        const answers = response.type === 'matrix' ? response.rows : {};
        const verdicts: Record<string, ChoiceVerdict> = {};
        for (const row of item.rows) {
          const given = answers[row.id];
          verdicts[row.id] = given === undefined ? 'missed' : given === row.answer ? 'correct' : 'incorrect';
        }
        const score = Object.values(verdicts).filter((verdict) => verdict === 'correct').length;
        return { score, max: item.rows.length, verdicts };
      }
      case 'cloze': {
        const verdicts = dropdownVerdicts(dropdownsOf(item), response);
        const score = Object.values(verdicts).filter((verdict) => verdict === 'correct').length;
        return { score, max: Object.keys(verdicts).length, verdicts };
      }
      case 'rationale': {
        const verdicts = dropdownVerdicts(dropdownsOf(item), response);
        const allRight = Object.values(verdicts).every((verdict) => verdict === 'correct');
        return { score: allRight ? 1 : 0, max: 1, verdicts };
      }
      case 'bowtie':
        return scoreBowTie(item, response);
      case 'ordering': {
        const key = item.steps.map((step) => step.id);
        // Each step counts once, at its first place: a repeated step cannot earn a pair twice.
        const order = [...new Set(response.type === 'ordering' ? response.order : [])];
        let score = 0;
        for (let index = 0; index + 1 < order.length; index += 1) {
          const here = key.indexOf(order[index] ?? '');
          if (here !== -1 && key.indexOf(order[index + 1] ?? '') === here + 1) score += 1;
        }
        const verdicts: Record<string, ChoiceVerdict> = {};
        key.forEach((id, index) => {
          verdicts[id] = order[index] === id ? 'correct' : 'incorrect';
        });
        return { score, max: key.length - 1, verdicts };
      }
    }
  })();
  return { ...result, outcome: outcomeOf(result.score, result.max) };
}

/** Has the learner given an answer that can be checked? (Select-all may rightly be empty.) */
export function isAnswered(item: ScoredItem, response: ItemResponse): boolean {
  switch (response.type) {
    case 'single':
      return response.choice !== undefined;
    case 'multiple':
      return response.choices.length > 0;
    case 'highlight':
      return response.selected.length > 0;
    case 'matrix':
      return item.type === 'matrix' && item.rows.every((row) => response.rows[row.id] !== undefined);
    case 'ordering':
      return response.order.length > 0;
    case 'cloze':
    case 'rationale':
      return (
        (item.type === 'cloze' || item.type === 'rationale') &&
        dropdownsOf(item).every((dropdown) => response.blanks[dropdown.id] !== undefined)
      );
    case 'bowtie':
      // A bow-tie is checked with exactly its number of picks in each part.
      return (
        response.condition !== undefined &&
        new Set(response.actions).size === bowTieKeyed.actions &&
        new Set(response.parameters).size === bowTieKeyed.parameters
      );
  }
}

export interface QuizScore {
  score: number;
  max: number;
  /** 0 to 1. */
  ratio: number;
  passed: boolean;
}

/** Totals of item scores against a pass mark (a share from 0 to 1). */
export function scoreQuiz(items: readonly Pick<ItemScore, 'score' | 'max'>[], passMark: number): QuizScore {
  const score = items.reduce((sum, item) => sum + item.score, 0);
  const max = items.reduce((sum, item) => sum + item.max, 0);
  const ratio = max === 0 ? 0 : score / max;
  return { score, max, ratio, passed: ratio >= passMark };
}
