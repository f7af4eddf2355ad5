// Answers in progress survive a reload: a topic quiz and the post-test offer them back, the
// post-test with the very questions it drew.
import { expect, test } from '@playwright/test';
import { sittingLength } from './post-test';
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

test('the post-test offers back its unfinished sitting, with the same questions, after a reload', async ({
  page,
}) => {
  await page.goto('/post-test/');
  const legends = page.locator('.quiz-item legend');
  await expect(legends).toHaveCount(sittingLength);
  const drawn = await legends.allTextContents();
  // The first drawn question answered by a choice (an ordering question has none to pick).
  const questions = page.getByRole('group', { name: /^Question \d+ of \d+$/ });
  const first = questions.filter({ has: page.getByRole('radio').or(page.getByRole('checkbox')) }).first();
  await first.getByRole('radio').or(first.getByRole('checkbox')).first().check();

  await page.reload();
  const offer = page.getByRole('group', { name: 'You have an unfinished post-test' });
  await expect(offer).toContainText(new RegExp(`1 of ${String(sittingLength)}\\s+questions answered`));
  await offer.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(legends).toHaveCount(sittingLength);
  expect(await legends.allTextContents()).toEqual(drawn);
  const resumed = questions.filter({ has: page.getByRole('radio').or(page.getByRole('checkbox')) }).first();
  await expect(
    resumed.getByRole('radio', { checked: true }).or(resumed.getByRole('checkbox', { checked: true })),
  ).toHaveCount(1);

  // Starting over instead draws anew and the offer is gone for good.
  await page.reload();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(legends).toHaveCount(sittingLength);
  await page.reload();
  await expect(legends).toHaveCount(sittingLength);
  await expect(page.getByRole('group', { name: 'You have an unfinished post-test' })).toHaveCount(0);
});
