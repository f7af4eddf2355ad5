import { expect, test, type Page } from '@playwright/test';

// A quiz island loads the code of the item types it holds and no other
// (src/components/quiz/quiz-island.ts). Each view is its own chunk, named after its component.
const views = [
  'ChoiceList',
  'MatrixGrid',
  'OrderingList',
  'HighlightPassage',
  'DropdownPassage',
  'BowTie',
  'CaseStudy',
];

/** The views whose chunks the page fetched, from the moment it is opened. */
function fetchedViews(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname.split('/').pop() ?? '';
    const view = views.find((name) => file.startsWith(`${name}.`) && file.endsWith('.js'));
    if (view) fetched.add(view);
  });
  return fetched;
}

/** Reads down to the quiz and waits until it answers: checking with no answer asks for one. */
async function useQuiz(page: Page, question: string) {
  await page.keyboard.press('End');
  const first = page.getByRole('group', { name: question });
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByText(/before checking/)).toBeVisible();
}

test('a knowledge check without bow-tie, matrix, ordering or drop-down items loads none of their code', async ({
  page,
}) => {
  const fetched = fetchedViews(page);
  await page.goto('/lessons/what-is-clonus/');
  await useQuiz(page, 'Question 1 of 4');
  expect([...fetched].sort()).toEqual(['ChoiceList', 'HighlightPassage']);
});

test('a quiz with a case study, bow-tie and drop-down items loads their code', async ({ page }) => {
  const fetched = fetchedViews(page);
  await page.goto('/quizzes/topic-case/');
  await useQuiz(page, 'Question 1 of 6');
  expect([...fetched].sort()).toEqual(['BowTie', 'CaseStudy', 'ChoiceList', 'DropdownPassage', 'MatrixGrid']);
});
