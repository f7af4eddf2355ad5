// Answers in progress survive a reload: a topic quiz and the post-test offer them back, the
// post-test with the very questions it drew.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a topic quiz offers back the answers given before a reload', async ({ page }) => {
  await page.goto('/quizzes/topic-causes/');
  const first = page.getByRole('group', { name: /^Question 1 of / });
  await expect(first.getByRole('button', { name: 'Check answer' })).toBeVisible();
  const choice = first.getByRole('radio').first();
  await choice.check();

  await page.reload();
  const offer = page.getByRole('group', { name: 'You have an unfinished quiz' });
  await expect(offer).toContainText(/1 of \d+\s+questions answered/);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
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
  await expect(legends).toHaveCount(15);
  const drawn = await legends.allTextContents();
  const first = page.getByRole('group', { name: 'Question 1 of 15' });
  await first
    .getByRole('radio')
    .first()
    .check()
    .catch(async () => {
      await first.getByRole('checkbox').first().check();
    });

  await page.reload();
  const offer = page.getByRole('group', { name: 'You have an unfinished post-test' });
  await expect(offer).toContainText(/1 of 15\s+questions answered/);
  await offer.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(legends).toHaveCount(15);
  expect(await legends.allTextContents()).toEqual(drawn);
  const resumed = page.getByRole('group', { name: 'Question 1 of 15' });
  await expect(
    resumed.getByRole('radio', { checked: true }).or(resumed.getByRole('checkbox', { checked: true })),
  ).toHaveCount(1);

  // Starting over instead draws anew and the offer is gone for good.
  await page.reload();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(legends).toHaveCount(15);
  await page.reload();
  await expect(legends).toHaveCount(15);
  await expect(page.getByRole('group', { name: 'You have an unfinished post-test' })).toHaveCount(0);
});
