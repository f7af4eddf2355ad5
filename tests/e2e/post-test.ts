// Passing the post-test as a prepared learner would: each drawn question answered from the
// bank's key, by role and label. Works on a page or inside a frame (the LMS tests).
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { scoredItems } from '../../src/lib/quiz/entries';
import type { ScoredItem } from '../../src/schemas/quiz-items';
import { quizContent, readContent } from '../../src/lib/content/collections';
import { projectRoot } from '../support/project';

export type Scope = Page | FrameLocator;

const postTest = readContent(quizContent, projectRoot).find(({ data }) => data.kind === 'post-test')?.data;
const bank = scoredItems(postTest?.items ?? []);

/** How many questions a post-test sitting draws from the bank. */
export const sittingLength = postTest?.kind === 'post-test' ? postTest.draw : 0;

/** Answers one drawn question correctly, using the bank's key, as a prepared learner would. */
async function answerRight(page: Scope, item: ScoredItem, number: number, total: number) {
  const question = page.getByRole('group', { name: `Question ${String(number)} of ${String(total)}` });
  if (item.type === 'single')
    await question
      .getByRole('radio', { name: item.options.find((o) => o.correct)?.text ?? '', exact: true })
      .check();
  if (item.type === 'multiple') {
    for (const option of item.options.filter((o) => o.correct))
      await question.getByRole('checkbox', { name: option.text, exact: true }).check();
  }
  if (item.type === 'matrix') {
    for (const row of item.rows) {
      const column = item.columns.find((c) => c.id === row.answer)?.text ?? '';
      await question.getByRole('radio', { name: `${row.text} ${column}`, exact: true }).check();
    }
  }
  if (item.type === 'ordering') {
    // Top to bottom, move each step up into its place.
    for (const [place, step] of item.steps.entries()) {
      const order = await question.locator('.ordering .step-text').allTextContents();
      for (let at = order.findIndex((text) => text.trim() === step.text); at > place; at -= 1)
        await question
          .getByRole('listitem')
          .filter({ hasText: step.text })
          .getByRole('button', { name: /^Move up\b/ })
          .click();
    }
  }
  if (item.type === 'highlight') {
    for (const part of item.passage) {
      if (typeof part !== 'string' && part.correct)
        await question.getByRole('checkbox', { name: part.text, exact: true }).check();
    }
  }
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByText(/^Correct: /)).toBeVisible();
}

/** Answers every drawn question of the open post-test correctly. */
export async function passPostTest(page: Scope): Promise<void> {
  // The post-test draws in the browser: wait for its questions before reading them.
  await expect(page.locator('.quiz-item legend')).toHaveCount(sittingLength);
  const stems = await page.locator('.quiz-item legend').allTextContents();
  expect(stems.length).toBe(sittingLength);
  for (const [index, stem] of stems.entries()) {
    const item = bank.find((candidate) => candidate.stem === stem.trim());
    if (!item) throw new Error(`No bank item has the stem "${stem}"`);
    await answerRight(page, item, index + 1, stems.length);
  }
}
