// Answering a question from its own key, by role and label, as a prepared learner would: the one
// place the browser tests know how each item type is answered (knowledge checks, the post-test).
import type { Locator } from '@playwright/test';
import type { ScoredItem } from '../../src/schemas/quiz-items';

/** Picks the key of a single, select-all, matrix or highlight question; others are left as they are. */
export async function pickKey(question: Locator, item: ScoredItem): Promise<void> {
  if (item.type === 'single')
    await question
      .getByRole('radio', { name: item.options.find((option) => option.correct)?.text ?? '', exact: true })
      .check();
  if (item.type === 'multiple')
    for (const option of item.options.filter((candidate) => candidate.correct))
      await question.getByRole('checkbox', { name: option.text, exact: true }).check();
  if (item.type === 'matrix')
    for (const row of item.rows) {
      const column = item.columns.find((candidate) => candidate.id === row.answer)?.text ?? '';
      await question.getByRole('radio', { name: `${row.text} ${column}`, exact: true }).check();
    }
  if (item.type === 'highlight')
    for (const part of item.passage)
      if (typeof part !== 'string' && part.correct)
        await question.getByRole('checkbox', { name: part.text, exact: true }).check();
}
