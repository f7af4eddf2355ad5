// The item linter's view of the course's assessment: every item reduced to what the rules read
// (its stem, its groups of choices with their keys, its evidence and judgement tag), whatever its
// type. Choices are found by their shape, not by the item's type: any list of objects with a
// `text` and a `correct` flag is a group of choices (a single answer's or select-all's options, a
// highlight passage's phrases, and so also a drop-down's entries in a cloze, rationale or bow-tie
// item), so a new item type is linted without a change here.
import type { Quiz } from '../../schemas/quiz';
import type { QuizEntry, ScoredItem } from '../../schemas/quiz-items';

/** One answer the learner may pick. */
export interface Choice {
  text: string;
  correct: boolean;
}

/** A list of choices the learner picks from, and where it sits in the item. */
export interface ChoiceGroup {
  /** Its field in the item, for messages: "options", "passage", "blanks.0.options". */
  field: string;
  choices: Choice[];
  /**
   * Are the choices read side by side as answers (options, drop-down entries), so that their
   * lengths can cue? The phrases of a highlight passage are read in the passage: they are not.
   */
  sideBySide: boolean;
}

/** What the rules read of an item. */
export interface LintItem {
  id: string;
  type: string;
  /** The question; a case study's item also has its vignette as `context`. */
  stem: string;
  context?: string;
  /** What the learner reads before answering: the stem, and a passage in full (highlight, cloze). */
  prompt: string;
  /** The lesson it draws on. */
  lesson: string;
  evidence: readonly string[] | undefined;
  judgement: string | undefined;
  groups: ChoiceGroup[];
  /** The answer in words: the keyed choices, a matrix's rows with their columns, a sequence's steps. */
  keyText: string;
}

/** A bank of the course: a quiz file, or a lesson's "Apply it" scenario (one item, no choices). */
export interface LintBank {
  file: string;
  /** The quiz or lesson id. */
  id: string;
  kind: Quiz['kind'] | 'scenario';
  items: LintItem[];
  /** Case studies' vignettes, compared like stems for near-copies. */
  vignettes: { id: string; text: string }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isChoice = (value: unknown): value is Choice & Record<string, unknown> =>
  isRecord(value) && typeof value.text === 'string' && typeof value.correct === 'boolean';

/** Fields that never hold choices. */
const notChoices = new Set(['evidence', 'ref']);

/** Every list of choices in an item, at any depth (see the file's comment). */
export function choiceGroups(item: Record<string, unknown>, at = ''): ChoiceGroup[] {
  const groups: ChoiceGroup[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (notChoices.has(key)) continue;
    const field = at === '' ? key : `${at}.${key}`;
    if (isRecord(value)) groups.push(...choiceGroups(value, field));
    if (!Array.isArray(value)) continue;
    const choices = value.filter(isChoice);
    if (choices.length > 0)
      groups.push({
        field,
        choices: choices.map(({ text, correct }) => ({ text, correct })),
        sideBySide: key !== 'passage',
      });
    value.forEach((element, index) => {
      if (isRecord(element) && !isChoice(element)) groups.push(...choiceGroups(element, `${field}.${index}`));
    });
  }
  return groups;
}

/** The answer in words (see {@link LintItem.keyText}). */
function keyText(item: ScoredItem, groups: readonly ChoiceGroup[]): string {
  if (item.type === 'matrix') {
    const columns = new Map(item.columns.map((column) => [column.id, column.text]));
    return item.rows.map((row) => `${row.text} ${columns.get(row.answer) ?? ''}`).join(' ');
  }
  if (item.type === 'ordering') return item.steps.map((step) => step.text).join(' ');
  return groups
    .flatMap((group) => group.choices.filter((choice) => choice.correct).map((c) => c.text))
    .join(' ');
}

/**
 * What the learner reads before answering: the stem, and a passage in full if the item has one (a
 * highlight's phrases in place; a drop-down's blank as "…", its entries being choices).
 */
function promptOf(item: ScoredItem): string {
  const passage: unknown = (item as { passage?: unknown }).passage;
  if (!Array.isArray(passage)) return item.stem;
  const parts = passage.map((part: unknown) =>
    typeof part === 'string' ? part : isChoice(part) ? part.text : '…',
  );
  return `${item.stem} ${parts.join('')}`;
}

/** One scored item as the rules read it. */
export function lintItem(item: ScoredItem, context?: string): LintItem {
  const groups = choiceGroups(item);
  return {
    id: item.id,
    type: item.type,
    stem: item.stem,
    prompt: promptOf(item),
    ...(context === undefined ? {} : { context }),
    lesson: item.ref.lesson,
    evidence: item.evidence,
    judgement: item.judgement,
    groups,
    keyText: keyText(item, groups),
  };
}

/** A quiz file as a bank: its scored items, case studies' items in place with their vignette. */
export function quizBank(
  file: string,
  id: string,
  quiz: { kind: Quiz['kind']; items: readonly QuizEntry[] },
): LintBank {
  const items = quiz.items.flatMap((entry) =>
    entry.type === 'case-study'
      ? entry.items.map((item) => lintItem(item, entry.vignette))
      : [lintItem(entry)],
  );
  const vignettes = quiz.items.flatMap((entry) =>
    entry.type === 'case-study' ? [{ id: entry.id, text: entry.vignette }] : [],
  );
  return { file, id, kind: quiz.kind, items, vignettes };
}

/** A lesson's "Apply it" scenario as a bank of one item, for the near-copy rule only. */
export function scenarioBank(file: string, lesson: string, scenario: string): LintBank {
  const item: LintItem = {
    id: 'apply-it',
    type: 'scenario',
    stem: scenario,
    prompt: scenario,
    lesson,
    evidence: undefined,
    judgement: undefined,
    groups: [],
    keyText: '',
  };
  return { file, id: lesson, kind: 'scenario', items: [item], vignettes: [] };
}
