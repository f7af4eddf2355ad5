// The assessment blueprint the instructor guide shows: how many items of the course's quizzes draw
// on each lesson, by the clinical-judgement step they assess. Items not tagged yet are counted as
// such, so the table is honest while banks are being tagged.
import { judgementSteps, type JudgementStep, type QuizEntry } from '../../schemas/quiz-items';
import { scoredItems } from './entries';
import { judgementStepLabels } from './judgement-labels';

/** The blueprint's columns: the six steps in the model's order, then recall, then untagged. */
export const blueprintColumns = [...judgementSteps, 'recall', 'untagged'] as const;
export type BlueprintColumn = (typeof blueprintColumns)[number];

/** How each column is headed. */
export const blueprintLabels: Record<BlueprintColumn, string> = {
  ...judgementStepLabels,
  untagged: 'Not tagged yet',
};

export interface BlueprintRow {
  lesson: string;
  counts: Record<BlueprintColumn, number>;
  total: number;
}

export interface Blueprint {
  rows: BlueprintRow[];
  /** The column totals and the grand total, over every lesson. */
  totals: BlueprintRow;
}

const emptyCounts = (): Record<BlueprintColumn, number> =>
  Object.fromEntries(blueprintColumns.map((column) => [column, 0])) as Record<BlueprintColumn, number>;

const columnOf = (tag: JudgementStep | undefined): BlueprintColumn => tag ?? 'untagged';

/**
 * Items by lesson (in the order given) and by step, over every quiz. An item counts under the
 * lesson its `ref` names; a lesson no item draws on has a row of zeros.
 */
export function assessmentBlueprint(
  lessons: readonly string[],
  quizzes: readonly { items: readonly QuizEntry[] }[],
): Blueprint {
  const rows = lessons.map((lesson) => ({ lesson, counts: emptyCounts(), total: 0 }));
  const totals: BlueprintRow = { lesson: '', counts: emptyCounts(), total: 0 };
  for (const item of quizzes.flatMap((quiz) => scoredItems(quiz.items))) {
    const row = rows.find((each) => each.lesson === item.ref.lesson);
    const column = columnOf(item.judgement);
    for (const counted of row ? [row, totals] : [totals]) {
      counted.counts[column] += 1;
      counted.total += 1;
    }
  }
  return { rows, totals };
}
