// Offline use: after one visit the whole course works with no network, quizzes included, and
// progress made offline stays. A new version is offered, never forced.
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { course } from '../../src/course';
import { distRoot } from '../support/built-site';
import { studyLesson } from './study';
import { serveFolder } from './support/static-server';

// Every other test blocks the worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** The first visit: the worker installs, precaches the course and says so; a reload hands it the page. */
async function firstVisit(page: Page, origin = '') {
  await page.goto(`${origin}/`);
  await expect(page.getByRole('status').filter({ hasText: 'works offline' })).toContainText(
    'This course now works offline on this device, quizzes included.',
  );
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Runs `use` with a copy of the built site on a server of its own, so a test can publish a new
 * release to it (`publish`) while a learner has it open.
 */
async function withOwnServer(
  testInfo: TestInfo,
  use: (url: string, publish: (page: Page) => Promise<void>) => Promise<void>,
) {
  const site = testInfo.outputPath('site');
  cpSync(distRoot, site, { recursive: true });
  const server = await serveFolder(site);
  // A new release: the worker script on the server changes, and the page checks for it.
  const publish = async (page: Page) => {
    appendFileSync(join(site, 'sw.js'), '\n// the next release\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  };
  try {
    await use(server.url, publish);
  } finally {
    await server.close();
  }
}

test('after the first visit the course works offline, quizzes included, and progress made offline is kept', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);

  // A lesson never opened before, studied: its knowledge check (an island from the cache) and its end.
  await page.goto('/lessons/how-clonus-happens/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How clonus happens');
  await studyLesson(page, 'how-clonus-happens');

  // A quiz never opened before: its island loads from the cache and scores an answer.
  await page.goto('/quizzes/topic-mechanism/');
  const first = page.getByRole('group', { name: /^Question 1 of/ });
  await first.scrollIntoViewIfNeeded();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByText(/Choose an answer|Select/)).toBeVisible();

  // Search, never used before: its index comes from the cache too.
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('spasticity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for ‘spasticity’/);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /spasticity/i })
      .first(),
  ).toBeVisible();

  await page.goto('/progress/');
  const lessons = page.getByRole('table', { name: 'Your lessons, in course order' });
  await expect(lessons.getByRole('row', { name: /How clonus happens/ })).toContainText('Complete');

  await context.setOffline(false);
  await page.reload();
  await expect(lessons.getByRole('row', { name: /How clonus happens/ })).toContainText('Complete');
});

test('offline, an address without its slash opens its page, and one never saved opens the course’s offline page', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);

  await page.goto('/lessons/what-is-clonus');
  await expect(page).toHaveURL(/\/lessons\/what-is-clonus\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What clonus is');
  await page.goto('/quizzes?from=bookmark');
  await expect(page).toHaveURL(/\/quizzes\/\?from=bookmark$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic quizzes');

  // Not a course page: the course's own page, with a way back in, never the browser's error.
  for (const address of ['/lessons/not-a-lesson/', '/not-a-page']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available offline');
  }
  await page.getByRole('main').getByRole('link', { name: 'go to the course home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);

  // Online, an unknown address is the site's 404 page, not the offline page.
  await context.setOffline(false);
  await page.goto('/lessons/not-a-lesson/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a new version is offered rather than forced, and loading it keeps progress', async ({
  page,
}, testInfo) => {
  await withOwnServer(testInfo, async (url, publish) => {
    await firstVisit(page, url);
    await page.goto(`${url}/lessons/what-is-clonus/`);
    await studyLesson(page, 'what-is-clonus');

    await publish(page);
    const load = page.getByRole('button', { name: 'Load the new version' });
    await expect(load).toBeVisible();
    await expect(page.getByRole('status').filter({ has: load })).toContainText(
      'what this browser has saved is kept',
    );

    // Nothing reloads until the learner chooses to.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What clonus is');
    await Promise.all([page.waitForEvent('load'), load.click()]);
    await expect(load).toBeHidden();
    await page.goto(`${url}/progress/`);
    await expect(
      page
        .getByRole('table', { name: 'Your lessons, in course order' })
        .getByRole('row', { name: /What clonus is/ }),
    ).toContainText('Complete');
  });
});

test('loading the new version in one tab reloads only that tab: another keeps its half-done quiz and its own offer', async ({
  page,
  context,
}, testInfo) => {
  await withOwnServer(testInfo, async (url, publish) => {
    // The first tab stays on the home page. (A page that loads a script from the old worker just as
    // the new one takes over, such as a lesson's quiz scrolled into view on the way to the button,
    // holds Chromium's switch back while DevTools, and so Playwright, keeps the old worker alive.)
    await firstVisit(page, url);

    // A second tab, part-way through a quiz: one question answered and checked.
    const quizTab = await context.newPage();
    await quizTab.goto(`${url}/quizzes/topic-mechanism/`);
    await quizTab.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const first = quizTab.getByRole('group', { name: /^Question 1 of/ });
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    const feedback = first.getByText(/^(Correct|Incorrect|Partly correct): /);
    await expect(feedback).toBeVisible();
    await quizTab.evaluate(() => {
      (window as unknown as { before: ServiceWorker | null }).before = navigator.serviceWorker.controller;
    });

    await publish(page);
    const load = page.getByRole('button', { name: 'Load the new version' });
    const quizTabLoad = quizTab.getByRole('button', { name: 'Load the new version' });
    await expect(load).toBeVisible();
    await expect(quizTabLoad).toBeVisible();
    await expect(page.getByRole('status').filter({ has: load })).toContainText(
      'what this browser has saved is kept, answers to an unfinished quiz included (the quiz offers them back), but anything entered on this page and not yet submitted is not.',
    );

    await Promise.all([page.waitForEvent('load'), load.click()]);
    await expect(load).toBeHidden();

    // The new worker took the quiz tab over too, and the tab stayed as it was.
    await quizTab.waitForFunction(
      () =>
        navigator.serviceWorker.controller !== null &&
        navigator.serviceWorker.controller !== (window as unknown as { before: ServiceWorker | null }).before,
    );
    expect(await quizTab.evaluate(() => 'before' in window)).toBe(true);
    await expect(feedback).toBeVisible();
    await expect(quizTabLoad).toBeVisible();

    // Its own button loads the new version there, when its learner chooses.
    await Promise.all([quizTab.waitForEvent('load'), quizTabLoad.click()]);
    await expect(quizTabLoad).toBeHidden();
    // As the prompt says, the unfinished quiz's answers were kept and are offered back.
    await expect(quizTab.getByRole('group', { name: 'You have an unfinished quiz' })).toContainText('1 of');
  });
});
