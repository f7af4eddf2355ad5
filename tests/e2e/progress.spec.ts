import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { currentVersion } from '../../src/lib/progress/wire';
import { knowledgeCheckItems, reachLessonEnd, studyLesson, submitKnowledgeCheck } from './study';
import { expectNoAxeViolations } from './support/axe';

const progressKey = 'clonus-course:progress';

/** Opens a lesson and studies it as the course's rule asks: its knowledge check, then its end. */
async function study(page: Page, lessonId: string) {
  await page.goto(`/lessons/${lessonId}/`);
  await studyLesson(page, lessonId);
}

function lessonRow(page: Page, title: string) {
  return page
    .getByRole('table', { name: 'Your lessons, in course order' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

test('a lesson is not complete by scrolling alone: the page says what is still needed, and the knowledge check completes it', async ({
  page,
}) => {
  const questions = knowledgeCheckItems('what-is-clonus').length;
  await page.goto('/lessons/what-is-clonus/');
  const steps = page.getByRole('list', { name: 'To complete this lesson' });
  await expect(steps.getByRole('listitem')).toContainText([
    'Still needed: Read to the end',
    `Still needed: Answer all ${String(questions)} knowledge-check questions`,
  ]);

  await reachLessonEnd(page);
  await expect(
    page.getByRole('status').filter({
      hasText: `Reached the end ✓ — still needed to complete this lesson: answer all ${String(questions)} knowledge-check questions.`,
    }),
  ).toBeAttached();
  await expect(page.locator('.lesson-status-line')).toHaveText('This lesson: In progress');
  await expect(steps.getByRole('listitem')).toContainText([
    'Done: Read to the end',
    `Still needed: Answer all ${String(questions)} knowledge-check questions`,
  ]);
  await page.reload();
  await expect(page.locator('.lesson-status-line')).toHaveText('This lesson: In progress');
  await page.goto('/');
  await expect(page.getByText('Course progress: 0 of 6 lessons complete')).toBeVisible();

  await page.goto('/lessons/what-is-clonus/');
  await submitKnowledgeCheck(page, 'what-is-clonus');
  await expect(page.getByRole('status').filter({ hasText: /^Lesson complete\.$/ })).toBeAttached();
  await expect(page.locator('.lesson-status-line')).toHaveText('This lesson: Complete');
  await expect(steps.getByRole('listitem')).toContainText([
    'Done: Read to the end',
    `Done: Answer all ${String(questions)} knowledge-check questions`,
  ]);
  await expect(page.getByText('Course progress: 1 of 6 lessons complete')).toBeAttached();
});

test('progress survives a reload and a browser restart', async ({ page, browser }) => {
  await study(page, 'what-is-clonus');
  await page.reload();
  await expect(page.getByText('This lesson:', { exact: true })).toBeAttached();
  await expect(page.locator('.lesson-status-line')).toContainText('Complete');

  // A new browser with the same saved storage, as after closing and reopening it.
  const restarted = await browser.newContext({ storageState: await page.context().storageState() });
  const home = await restarted.newPage();
  await home.goto('/');
  await expect(home.getByText('Course progress: 1 of 6 lessons complete')).toBeVisible();
  const outline = home.getByRole('region', { name: 'Lessons' });
  const entry = (title: string) =>
    outline.getByRole('listitem').filter({ has: home.getByRole('link', { name: title, exact: true }) });
  await expect(entry('What clonus is')).toContainText('Complete');
  await expect(entry('Disease causes')).toContainText('Not started');
  await restarted.close();
});

test('two tabs open at once keep each other’s progress', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/lessons/what-is-clonus/');
  await second.goto('/lessons/disease-causes/');
  await studyLesson(first, 'what-is-clonus');
  await studyLesson(second, 'disease-causes');

  await first.goto('/progress/');
  await expect(lessonRow(first, 'What clonus is')).toContainText('Complete');
  await expect(lessonRow(first, 'Disease causes')).toContainText('Complete');
  await expect(second.getByText('Course progress: 2 of 6 lessons complete')).toBeVisible();
});

test('resume returns to the saved lesson and section', async ({ page }) => {
  // Arriving at a section by its link, on a phone-sized screen, as a shared link or resume does.
  await page.setViewportSize({ width: 390, height: 1200 });
  await page.goto('/lessons/disease-causes/#brain-injury-and-drug-reactions');
  // Wait until the section in view has been saved.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', progressKey))
    .toContain('brain-injury-and-drug-reactions');

  await page.goto('/');
  await expect(page.getByText('Disease causes: Brain injury and drug reactions')).toBeVisible();
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/\/lessons\/disease-causes\/#brain-injury-and-drug-reactions$/);
  await expect(page.getByRole('heading', { name: 'Brain injury and drug reactions' })).toBeInViewport();
});

test('export, then import into a fresh browser; a bad file is refused and changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  await study(page, 'complications');
  await page.goto('/progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress to a file' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'clonus-course-progress',
    version: currentVersion,
  });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/progress/');
  await expect(lessonRow(other, 'Complications')).toContainText('Not started');
  await other.getByLabel('Import progress from a file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Progress imported' })).toBeVisible();
  await expect(lessonRow(other, 'Complications')).toContainText('Complete');

  // A damaged file, one that tries to inject markup, and one from a newer version.
  const bad = [
    {
      name: 'broken.json',
      text: '{"format":"clonus-course-progress","version":1,"progress":{"v":1,"r":0,"l":{"x":',
    },
    {
      name: 'markup.json',
      text: JSON.stringify({
        format: 'clonus-course-progress',
        version: 1,
        progress: { v: 1, r: 0, l: { '<img src=x onerror=alert(1)>': [1, 0, 1] }, q: {} },
      }),
    },
    {
      name: 'newer.json',
      text: JSON.stringify({ format: 'clonus-course-progress', version: 9, progress: {} }),
    },
  ];
  for (const { name, text } of bad) {
    await other
      .getByLabel('Import progress from a file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(other.getByRole('status').filter({ hasText: 'has not changed' })).toBeVisible();
    await expect(lessonRow(other, 'Complications')).toContainText('Complete');
  }
  expect(await other.locator('img').count()).toBe(0);
  await fresh.close();
});

test('reset asks first, and cancelling keeps everything', async ({ page }) => {
  await study(page, 'what-is-clonus');
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lessonRow(page, 'What clonus is')).toContainText('Complete');

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  // The safe choice has focus first; the learner moves to the destructive one on purpose.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Yes, reset my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(lessonRow(page, 'What clonus is')).toContainText('Not started');
});

test('with storage blocked the course still works and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await study(page, 'what-is-clonus');
  await expect(page.getByText(/not letting the course save anything/)).toBeVisible();
  await expect(page.getByText('Lesson complete. Your progress is saved.')).toHaveCount(0);
  await expect(page.getByText('Course progress: 1 of 6 lessons complete')).toBeVisible();
  expect(errors).toEqual([]);
});

test('damaged saved progress never breaks a page; it is set aside and the learner is told', async ({
  page,
}) => {
  const damaged = '{"v":1,"r":0,"l":{"what-is-clonus":[1700000000,1700000100,60],"disease-cau';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [progressKey, damaged] as const,
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/progress/');
  await expect(page.getByText(/Part of the progress saved in this browser was damaged/)).toBeVisible();
  // The whole lesson entry is recovered: its end was reached, its knowledge check not submitted.
  await expect(lessonRow(page, 'What clonus is')).toContainText('In progress');
  const setAside = await page.evaluate(() => localStorage.getItem('clonus-course:progress:set-aside') ?? '');
  expect(setAside).toContain('disease-cau');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('resume can return to a lesson’s knowledge check', async ({ page }) => {
  await page.goto('/lessons/complications/#knowledge-check');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', progressKey))
    .toContain('knowledge-check');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  // Exactly the place named beside the link: the page's lists hold the same words inside longer text.
  await expect(page.getByText('Complications: Check your understanding', { exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The server renders a new learner's course bar, which the page's script fills in
  // (CourseBar.astro, LessonProgress.astro). Without JavaScript nothing fills it in, so it is not
  // shown: it would claim a progress the page cannot know.
  test('the course home and a lesson show no progress they cannot know', async ({ page }) => {
    for (const path of ['/', '/lessons/what-is-clonus/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expect(page.getByText(/^Course progress/)).toBeHidden();
    }
    await expect(page.getByText('In progress', { exact: true })).toBeHidden();
  });
});
