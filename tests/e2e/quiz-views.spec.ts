import { expect, test, type Page } from '@playwright/test';

// A quiz island loads the code of its rarer parts only when it holds them
// (src/components/quiz/quiz-island.ts): the drop-down and bow-tie views (ngn-views) and the
// case-study frame (CaseStudy), each a chunk named after its module. The quiz itself
// (quiz-mount) comes with every quiz.
const views = ['quiz-mount', 'ngn-views', 'CaseStudy'];

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

test('a knowledge check without drop-down, bow-tie or case-study items loads none of their code', async ({
  page,
}) => {
  const fetched = fetchedViews(page);
  await page.goto('/lessons/what-is-clonus/');
  await useQuiz(page, 'Question 1 of 4');
  expect([...fetched]).toEqual(['quiz-mount']);
});

test('a quiz with a case study, bow-tie and drop-down items loads their code', async ({ page }) => {
  const fetched = fetchedViews(page);
  await page.goto('/quizzes/topic-case/');
  await useQuiz(page, 'Question 1 of 6');
  expect([...fetched].sort()).toEqual(['CaseStudy', 'ngn-views', 'quiz-mount']);
});
