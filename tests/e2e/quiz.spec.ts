import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { expectNoAxeViolations } from './support/axe';

/** Selects a radio by keyboard: Tab into its group, then arrow keys until it is checked. */
async function chooseRadio(page: Page, question: Locator, name: string | RegExp) {
  await tabTo(page, question.getByRole('radio').first());
  const target = question.getByRole('radio', { name });
  for (let presses = 0; presses < 8 && !(await target.isChecked()); presses += 1)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

/** Ticks a checkbox by keyboard. */
async function tick(page: Page, question: Locator, name: string) {
  await tabTo(page, question.getByRole('checkbox', { name }));
  await page.keyboard.press('Space');
  await expect(question.getByRole('checkbox', { name })).toBeChecked();
}

/** Reading down to a quiz (End key) brings it on screen, where it becomes interactive. */
async function reachQuiz(page: Page, quiz: Locator) {
  await page.keyboard.press('End');
  await expect(quiz.getByRole('button', { name: 'Check answer' }).first()).toBeEnabled();
}

async function checkAnswer(page: Page, question: Locator) {
  await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
}

// The keyboard journey through a knowledge check, in two tests: each stays well inside its
// budget on a busy machine, where Tab by Tab through a whole check and on to My progress did not.
test('a wrong answer explains itself without giving the key away, and a retry by keyboard gets it right', async ({
  page,
}) => {
  await page.goto('/lessons/what-is-clonus/');
  const knowledgeCheck = page.getByRole('region', { name: 'Check your understanding' });
  const first = knowledgeCheck.getByRole('group', { name: 'Question 1 of 4' });
  await reachQuiz(page, knowledgeCheck);

  await chooseRadio(page, first, 'A single muscle contraction that the person starts on purpose.');
  await checkAnswer(page, first);
  await expect(first.getByRole('heading', { name: 'Incorrect' })).toBeVisible();
  await expect(first.getByText('Incorrect: 0 of 1 point. You have 1 more try.')).toBeVisible();
  await expect(first.getByText('✗ Incorrect choice')).toBeVisible();
  await expect(first.getByText(/Clonus is not under voluntary control, and it repeats/)).toBeVisible();
  // The right answer is not given away before the last try.
  await expect(first.getByText('✓ Correct answer, not chosen')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Question 1 of 4: Incorrect' })).toBeAttached();
  await expect(first.getByRole('button', { name: 'Try again' })).toBeFocused();

  // Feedback on screen must be as accessible as the rest of the page.
  await expectNoAxeViolations(page);

  await page.keyboard.press('Enter');
  await expect(first.getByRole('radio').first()).toBeFocused();
  await chooseRadio(page, first, 'Muscles contract and relax in a rapid, repeated rhythm without control.');
  await checkAnswer(page, first);
  await expect(first.getByRole('heading', { name: 'Correct' })).toBeFocused();
  await expect(first.getByText('Correct: 1 of 1 point.')).toBeVisible();
  await expect(
    first.getByRole('link', { name: 'Review: What clonus is: Definition of clonus' }),
  ).toHaveAttribute('href', '/lessons/what-is-clonus/#definition-of-clonus');
});

test('a learner finishes a knowledge check by keyboard and finds the result in My progress', async ({
  page,
}) => {
  await page.goto('/lessons/what-is-clonus/');
  const knowledgeCheck = page.getByRole('region', { name: 'Check your understanding' });
  await reachQuiz(page, knowledgeCheck);

  const first = knowledgeCheck.getByRole('group', { name: 'Question 1 of 4' });
  await chooseRadio(page, first, 'Muscles contract and relax in a rapid, repeated rhythm without control.');
  await checkAnswer(page, first);
  await expect(first.getByText('Correct: 1 of 1 point.')).toBeVisible();

  const second = knowledgeCheck.getByRole('group', { name: 'Question 2 of 4' });
  for (const name of [
    'Repetitive, rhythmic contractions and relaxations',
    'Often triggered by a sudden muscle stretch',
    'Not under voluntary control',
  ]) {
    await tick(page, second, name);
  }
  await checkAnswer(page, second);
  await expect(second.getByText('Correct: 3 of 3 points.')).toBeVisible();

  const third = knowledgeCheck.getByRole('group', { name: 'Question 3 of 4' });
  await chooseRadio(page, third, /a sign that something may be affecting/);
  await checkAnswer(page, third);
  await expect(third.getByText('Correct: 1 of 1 point.')).toBeVisible();

  const fourth = knowledgeCheck.getByRole('group', { name: 'Question 4 of 4' });
  await tick(page, fourth, 'the thigh jerked in a repeated rhythm');
  await tick(page, fourth, 'the client could not stop the movement');
  await checkAnswer(page, fourth);
  await expect(knowledgeCheck.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(
    knowledgeCheck.getByText('7 of 7 points (100%). You reached the pass mark of 80%.', { exact: true }),
  ).toBeVisible();

  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'My progress' }),
  );
  await page.keyboard.press('Enter');
  const quizzes = page.getByRole('table', { name: 'Your quizzes: best and last result' });
  await expect(quizzes.getByRole('row', { name: /what clonus is/ })).toContainText('100%');
  await expect(
    page.getByRole('table', { name: 'Quiz results by topic' }).getByRole('row', { name: /What clonus is/ }),
  ).toContainText('4');
});

test('after the last try the correct answer and every rationale are shown', async ({ page }) => {
  await page.goto('/lessons/what-is-clonus/');
  const first = page.getByRole('group', { name: 'Question 1 of 4' });
  await reachQuiz(page, page.getByRole('region', { name: 'Check your understanding' }));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await first
      .getByRole('radio', { name: 'A muscle that stays relaxed when it is suddenly stretched.' })
      .check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    if (attempt === 0) await first.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(first.getByText('Incorrect: 0 of 1 point. The correct answer is now shown.')).toBeVisible();
  await expect(first.getByText('✓ Correct answer, not chosen')).toBeVisible();
  await expect(first.getByText(/This is the definition/)).toBeVisible();
  await expect(first.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('checking with no answer asks for one instead of scoring', async ({ page }) => {
  await page.goto('/quizzes/topic-mechanism/');
  const first = page.getByRole('group', { name: 'Question 1 of 10' });
  await expect(first.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByText('Choose an answer before checking.')).toBeVisible();
  await expect(first.getByRole('heading', { name: /Correct|Incorrect/ })).toHaveCount(0);
});

test('a topic quiz has a case study and every page of quizzes passes axe', async ({ page }) => {
  const paths = ['mechanism', 'causes', 'red-flags', 'case'].map((topic) => `/quizzes/topic-${topic}/`);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2, name: /^Case study:/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
