// The unfolding case study and the NGN item types, by keyboard alone, at a wide and a phone width.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { expectNoAxeViolations } from './support/axe';

const path = '/quizzes/topic-case/';
const question = (page: Page, number: number) =>
  page.getByRole('group', { name: `Question ${String(number)} of 6` });

/** Picks an option of a native select by typing its first words, as a keyboard user can. */
async function typeInto(page: Page, select: Locator, words: string) {
  await tabTo(page, select);
  await page.keyboard.type(words);
  await expect(select.locator('option:checked')).toHaveText(new RegExp(`^${words}`));
}

async function checkByKeyboard(page: Page, item: Locator) {
  await tabTo(page, item.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
}

test('wide screen: the notes stay beside the questions and unfold as the learner answers by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  const notes = page.getByRole('region', { name: /^Case notes:/ });
  await expect(notes).toBeVisible();
  await expect(page.getByRole('button', { name: /case notes/ })).toBeHidden();
  await expect(question(page, 2)).toHaveCount(0);

  // 1. Drop-down cloze: three drop-downs, a point each.
  const first = question(page, 1);
  await typeInto(page, first.getByRole('combobox', { name: /^Drop-down 1 of 3/ }), 'jerks in');
  await typeInto(page, first.getByRole('combobox', { name: /^Drop-down 2 of 3/ }), 'a sudden');
  await typeInto(page, first.getByRole('combobox', { name: /^Drop-down 3 of 3/ }), 'stopped');
  await checkByKeyboard(page, first);
  await expect(first.getByText('Correct: 3 of 3 points.')).toBeVisible();

  // 2. Drop-down rationale: one point for cause and evidence together.
  const second = question(page, 2);
  await typeInto(page, second.getByRole('combobox', { name: /^Drop-down 1 of 2/ }), 'an overactive');
  await typeInto(page, second.getByRole('combobox', { name: /^Drop-down 2 of 2/ }), 'one firm');
  await checkByKeyboard(page, second);
  await expect(second.getByText('Incorrect: 0 of 1 point. You have 1 more try.')).toBeVisible();
  await tabTo(page, second.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await typeInto(page, second.getByRole('combobox', { name: /^Drop-down 1 of 2/ }), 'an overactive');
  await typeInto(page, second.getByRole('combobox', { name: /^Drop-down 2 of 2/ }), 'repeated');
  await checkByKeyboard(page, second);
  await expect(second.getByText('Correct: 1 of 1 point.')).toBeVisible();

  // 3. Bow-tie: Tab enters the condition's radios, arrows move between them; Space ticks a box.
  const third = question(page, 3);
  await tabTo(page, third.getByRole('radio').first());
  await page.keyboard.press('Space');
  const withdrawal = third.getByRole('radio', {
    name: 'Withdrawal after stopping a muscle relaxant suddenly',
  });
  for (let presses = 0; presses < 4 && !(await withdrawal.isChecked()); presses += 1)
    await page.keyboard.press('ArrowDown');
  await expect(withdrawal).toBeChecked();
  for (const name of [
    'Have a healthcare provider check the new contractions',
    'Tell the provider she stopped the relaxant all at once',
    'How often the contractions occur and if they worsen',
    'New weakness, numbness or loss of coordination',
  ]) {
    await tabTo(page, third.getByLabel(name));
    await page.keyboard.press('Space');
  }
  await checkByKeyboard(page, third);
  await expect(third.getByText('Correct: 5 of 5 points.')).toBeVisible();

  // The case unfolds: question 4 and its update, in the notes that stay in view while scrolled.
  await expect(question(page, 4)).toBeVisible();
  await expect(notes.getByText('New before question 4')).toBeVisible();
  await question(page, 4).scrollIntoViewIfNeeded();
  await expect(notes).toBeInViewport();
  await expectNoAxeViolations(page);
});

for (const width of [390, 320]) {
  test(`phone at ${String(width)} px: the notes open above the questions, nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(path);
    const toggle = page.getByRole('button', { name: 'Show case notes' });
    const notes = page.getByRole('region', { name: /^Case notes:/ });
    await expect(notes).toBeHidden();
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Hide case notes' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(notes).toBeVisible();
    const notesBox = await notes.boundingBox();
    const questionBox = await question(page, 1).boundingBox();
    expect(notesBox && questionBox && notesBox.y < questionBox.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
  });
}
