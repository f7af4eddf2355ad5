// Sitting the post-test as a prepared learner would: each drawn question answered from the
// bank's key, by role and label, one question at a time, then reviewed, submitted and confirmed.
// Works on a page or inside a frame (the LMS tests).
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { scoredItems } from '../../src/lib/quiz/entries';
import type { ScoredItem } from '../../src/schemas/quiz-items';
import { quizContent, readContent } from '../../src/lib/content/collections';
import { projectRoot } from '../support/project';
import { pickKey } from './answer-key';

export type Scope = Page | FrameLocator;

const postTest = readContent(quizContent, projectRoot).find(({ data }) => data.kind === 'post-test')?.data;
export const bank = scoredItems(postTest?.items ?? []);
/** Questions per sitting. */
export const perSitting = postTest?.kind === 'post-test' ? postTest.draw : 0;

/** The question on screen: "Question N of M". */
export const shownQuestion = (page: Scope): Locator =>
  page.getByRole('group', { name: new RegExp(`^Question \\d+ of ${String(perSitting)}$`) });

/** The bank item of the question on screen, found by its stem. */
export async function shownItem(page: Scope): Promise<ScoredItem> {
  const stem = (await shownQuestion(page).locator('legend').textContent())?.trim();
  const item = bank.find((candidate) => candidate.stem === stem);
  if (!item) throw new Error(`No bank item has the stem "${stem ?? ''}"`);
  return item;
}

/** Answers the question on screen correctly, using the bank's key, as a prepared learner would. */
export async function answerRight(page: Scope): Promise<ScoredItem> {
  const item = await shownItem(page);
  const question = shownQuestion(page);
  await pickKey(question, item);
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
  return item;
}

/** Reviews the sitting, submits it and confirms; the result is then shown. */
export async function submitSitting(page: Scope): Promise<void> {
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit post-test' }).click();
  await page.getByRole('button', { name: 'Yes, submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** Answers every drawn question of the open post-test correctly and submits it; returns their ids. */
export async function passPostTest(page: Scope): Promise<string[]> {
  // The post-test draws in the browser: wait for its first question.
  await expect(page.getByRole('group', { name: `Question 1 of ${String(perSitting)}` })).toBeVisible();
  const ids: string[] = [];
  for (let number = 1; number <= perSitting; number += 1) {
    await expect(
      page.getByRole('group', { name: `Question ${String(number)} of ${String(perSitting)}` }),
    ).toBeVisible();
    ids.push((await answerRight(page)).id);
    if (number < perSitting) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await submitSitting(page);
  await expect(page.getByText('✓ Passed')).toBeVisible();
  return ids;
}
