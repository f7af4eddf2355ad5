// Answers in progress survive a reload: a topic quiz offers them back (the post-test does too, with
// its flags: post-test.spec.ts).
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('a topic quiz offers back the answers given before a reload', async ({ page }) => {
  await page.goto('/quizzes/topic-causes/');
  const first = page.getByRole('group', { name: /^Question 1 of / });
  await expect(first.getByRole('button', { name: 'Check answer' })).toBeVisible();
  const choice = first.getByRole('radio').first();
  await choice.check();

  await page.reload();
  const offer = page.getByRole('group', { name: 'You have an unfinished quiz' });
  await expect(offer).toContainText(/1 of \d+\s+questions answered/);
  await expectNoAxeViolations(page);
  await offer.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(offer).toBeHidden();
  // The same sitting: the options in the same order, the same one picked.
  await expect(first.getByRole('radio').first()).toBeChecked();
});
