// Nothing leaves the site: walking the whole course, with the offline worker running and a quiz
// answered, every request the browser makes (pages, scripts, the worker's own downloads) goes to
// the course's own origin. No CDN, no web font, no analytics.
import { expect, test, type Request } from '@playwright/test';
import { builtPagePaths } from '../support/built-site';

test.use({ serviceWorkers: 'allow' });

test('every request, on every page, stays on the site’s origin', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  // The context hears the pages' requests and, in Chromium, the worker's own (precaching).
  context.on('request', record);

  for (const path of builtPagePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // A quiz used, so its island's own requests are seen too.
  await page.goto('/quizzes/topic-mechanism/');
  const first = page.getByRole('group', { name: /^Question 1 of/ });
  await first.scrollIntoViewIfNeeded();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByText(/^(Correct|Incorrect|Partly correct): /)).toBeVisible();

  expect(requests.length).toBeGreaterThan(builtPagePaths().length);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});
