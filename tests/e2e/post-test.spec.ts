// The post-test sat as an exam, as a learner does it: by keyboard, with nothing graded on screen
// before the whole sitting is submitted; a sitting that survives a reload with its answers and
// flags; a retake that repeats no question of the sitting before. Axe checks every state.
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { answerRight, passPostTest, perSitting, shownItem, shownQuestion } from './post-test';
import { expectNoAxeViolations } from './support/axe';

const total = String(perSitting);
const question = (page: Page, number: number) =>
  page.getByRole('group', { name: `Question ${String(number)} of ${total}` });
const navigator = (page: Page) => page.getByRole('navigation', { name: 'Questions' });

/** Nothing that grades: no verdict, rationale, feedback or result anywhere on the page. */
async function expectNothingGraded(page: Page) {
  await expect(page.locator('.feedback, .verdict, .rationale, .exam-results')).toHaveCount(0);
  await expect(page.getByText(/Passed|Not passed|Correct|Incorrect/)).toHaveCount(0);
}

test('a sitting by keyboard: answer, flag, move, review, confirm; nothing graded before submitting', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/post-test/');
  const first = question(page, 1);
  await expect(first).toBeVisible();
  await expectNothingGraded(page);
  await expectNoAxeViolations(page);

  // Answer the first question with the keyboard alone.
  // A matrix is answered when every row is: one radio group per row, one Tab apart.
  const item = await shownItem(page);
  if (item.type === 'ordering') {
    // An order is answered once a step has moved.
    await tabTo(page, first.getByRole('button', { name: /^Move down\b/ }).first());
    await page.keyboard.press('Enter');
  } else {
    const rows = item.type === 'matrix' ? item.rows.length : 1;
    await tabTo(page, first.locator('input').first());
    await page.keyboard.press('Space');
    for (let row = 1; row < rows; row += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await expect(first.locator('input:checked')).toHaveCount(rows);
  }
  await tabTo(page, page.getByRole('button', { name: 'Flag for review' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(
    navigator(page).getByRole('button', { name: 'Question 1, answered, flagged for review' }),
  ).toBeVisible();
  await expectNothingGraded(page);

  // Next: focus moves into the next question.
  await tabTo(page, page.getByRole('button', { name: 'Next question' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => question(page, 2).evaluate((group) => group.contains(document.activeElement)))
    .toBe(true);
  await expect(navigator(page).getByRole('button', { name: 'Question 2, unanswered' })).toHaveAttribute(
    'aria-current',
    'step',
  );

  // The review: counts, with a way to each unanswered and flagged question.
  await tabTo(page, page.getByRole('button', { name: 'Review and submit' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
  await expect(
    page.getByText(`1 answered, ${String(perSitting - 1)} unanswered, 1 flagged for review.`),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Questions flagged for review' })
      .getByRole('button', { name: 'Go to question 1' }),
  ).toBeVisible();
  await expectNothingGraded(page);
  await expectNoAxeViolations(page);

  // Submitting asks first; nothing is graded until it is confirmed.
  await tabTo(page, page.getByRole('button', { name: 'Submit post-test' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('group', { name: 'Submit your post-test now?' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText(`${String(perSitting - 1)} questions have no answer and will score 0.`);
  await expectNothingGraded(page);
  await expectNoAxeViolations(page);
  await tabTo(page, confirm.getByRole('button', { name: 'Yes, submit my answers' }));
  await page.keyboard.press('Enter');

  // Then, and only then: the verdict, the results, and every question with its key.
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText('✗ Not passed')).toBeVisible();
  await expect(page.getByRole('table', { name: 'This sitting, by lesson' })).toBeVisible();
  await expect(page.getByRole('table', { name: /by the step of clinical judgement/ })).toBeVisible();
  await expect(page.locator('.exam-results .quiz-item')).toHaveCount(perSitting);
  await expect(page.locator('.exam-results .feedback')).toHaveCount(perSitting);
  await expectNoAxeViolations(page);
});

test('a sitting left open comes back after a reload with its answers, flags and place', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/post-test/');
  await expect(question(page, 1)).toBeVisible();
  const answered = await answerRight(page);
  await page.getByRole('button', { name: 'Next question' }).click();
  const flagged = await shownItem(page);
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(
    navigator(page).getByRole('button', { name: /^Question 2, unanswered, flagged/ }),
  ).toBeVisible();

  await page.reload();
  const offer = page.getByRole('group', { name: 'You have an unfinished post-test' });
  await expect(offer).toContainText(new RegExp(`1 of ${total}\\s+questions answered, 1 flagged for review`));
  await expectNoAxeViolations(page);
  await offer.getByRole('button', { name: 'Resume your post-test' }).click();

  // The same question on screen, its flag, and the answer before it.
  expect((await shownItem(page)).id).toBe(flagged.id);
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(navigator(page).getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await navigator(page).getByRole('button', { name: 'Question 1, answered' }).click();
  expect((await shownItem(page)).id).toBe(answered.id);
  await expect(shownQuestion(page).locator('input:checked')).not.toHaveCount(0);
  await expectNothingGraded(page);
});

test('a retake repeats no question of the sitting before', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/post-test/');
  const firstSitting = await passPostTest(page);
  await expect(page.getByText(/sittings? left of/)).toBeVisible();
  await page.getByRole('button', { name: 'Start a new sitting' }).click();
  await expect(page.getByText(/^Sitting 2 of/)).toBeVisible();
  await expect(page.getByText(/question bank is too small/)).toHaveCount(0);
  const secondSitting: string[] = [];
  for (let number = 1; number <= perSitting; number += 1) {
    await navigator(page)
      .getByRole('button', { name: new RegExp(`^Question ${String(number)},`) })
      .click();
    await expect(question(page, number)).toBeVisible();
    secondSitting.push((await shownItem(page)).id);
  }
  expect(new Set(secondSitting).size).toBe(perSitting);
  expect(secondSitting.filter((id) => firstSitting.includes(id))).toEqual([]);
});
