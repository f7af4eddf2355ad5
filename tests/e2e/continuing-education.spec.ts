import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { passPostTest } from './post-test';
import { expectNoAxeViolations } from './support/axe';

test('a learner completes everything, is told what is left on the way, and prints a one-page certificate', async ({
  page,
}) => {
  // A long journey (about 17 s on an idle machine): its own budget, for a busy one.
  test.setTimeout(120_000);
  await page.goto('/certificate/');
  await expect(page.getByRole('heading', { name: 'What is left before your certificate' })).toBeVisible();
  await expect(page.getByText(/Complete 6 more lessons/)).toBeVisible();
  await expect(page.getByText('Pass the post-test (pass mark 80%).')).toBeVisible();
  await expect(page.getByText('Submit the course evaluation.')).toBeVisible();

  for (const lesson of [
    'what-is-clonus',
    'how-clonus-happens',
    'disease-causes',
    'non-disease-causes',
    'complications',
    'when-to-seek-care',
  ]) {
    await page.goto(`/lessons/${lesson}/`);
    await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
    await expect(page.getByText('Lesson complete. Your progress is saved.')).toBeAttached();
  }

  await page.goto('/post-test/');
  await passPostTest(page);
  await expect(page.getByText(/points \(100%\); the pass mark is 80%\./).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'This sitting, by lesson' }).getByRole('row')).toHaveCount(7);

  await page.goto('/evaluation/');
  const evaluation = page.locator('form.evaluation');
  const objectives = evaluation.getByRole('group', { name: /Did the course meet this objective/ });
  // The form renders in the browser: wait for it before listing its questions.
  await expect(objectives).toHaveCount(5);
  for (const group of await objectives.all()) {
    await group.getByRole('radio', { name: 'Yes' }).check();
  }
  await evaluation
    .getByRole('group', { name: /How relevant/ })
    .getByRole('radio', { name: '5' })
    .check();
  await page.getByLabel(/Comments/).fill('Clear and practical.');
  await page.getByRole('button', { name: 'Submit evaluation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'evaluation' })).toHaveText(
    'Thank you. Your evaluation is saved.',
  );

  await page.goto('/certificate/');
  await page.getByLabel('Your name as it should appear on the certificate').fill('Alex <b>Nguyễn</b>');
  await page.getByRole('button', { name: 'Show my certificate' }).click();
  const certificate = page.getByRole('article', { name: 'Clonus: a sign of upper motor neuron damage' });
  await expect(certificate).toContainText('Alex <b>Nguyễn</b>');
  await expect(certificate).toContainText('post-test score of 100%');
  await expect(certificate).toContainText('1 contact hour');
  await expect(certificate).toContainText(/Record identifier: CLN-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  await expect(certificate).toContainText('not an accredited continuing-education credit');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  expect(totalPages).toBe(1);
  expect(text).toContain('Alex <b>Nguyễn</b>');
  expect(text).toContain('Clonus: a sign of upper motor neuron damage');
  expect(text).not.toContain('Your name as it should appear');
});

test('the completion report says it is self-reported, and downloads as text', async ({ page }, testInfo) => {
  await page.goto('/lessons/what-is-clonus/');
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('Lesson complete. Your progress is saved.')).toBeAttached();
  await page.goto('/progress/');
  await page.getByRole('link', { name: 'Completion report for your instructor' }).click();
  await expect(page.getByText(/It is a self-reported record, not proof of completion/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Lessons' }).getByRole('row', { name: /What clonus is/ }),
  ).toContainText('Complete');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report' }).click();
  const file = testInfo.outputPath('report.txt');
  await (await download).saveAs(file);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(file, 'utf8')).toMatch(/- What clonus is: Complete \(\d{4}-\d{2}-\d{2}\)/);
  await expectNoAxeViolations(page);
});

test('the instructor guide maps objectives to quiz items and offers class material', async ({ page }) => {
  await page.goto('/instructor/');
  await expect(page.getByRole('heading', { level: 1, name: 'Instructor guide' })).toBeVisible();
  const lesson = page.getByRole('region', { name: /Lesson 2: How clonus happens/ });
  await expect(lesson.getByRole('heading', { name: 'Where these objectives are assessed' })).toBeVisible();
  await expect(lesson.getByText(/Post-test: clonus: 5 items/)).toBeVisible();
  await expect(lesson.getByRole('heading', { name: 'Discussion prompts' })).toBeVisible();
  await expect(lesson.getByRole('heading', { name: /^Scenario:/ })).toBeVisible();
});
