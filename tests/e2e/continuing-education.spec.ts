import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { course } from '../../src/course';
import { passPostTest } from './post-test';
import { studyLesson } from './study';
import { expectNoAxeViolations } from './support/axe';

/**
 * The contact hours a certificate or guide states, checked against the derivation it prints:
 * the minutes add up, and the hours are those minutes rounded DOWN to the quarter hour.
 */
function expectDerivedHours(text: string) {
  const match =
    /for ([\d.]+) contact hours?\.[\s\S]*Lessons (\d+) min \+ quizzes (\d+) min \+ post-test (\d+) min = (\d+) min → ([\d.]+) contact hours?, rounded down to the quarter hour/.exec(
      text,
    );
  expect(match, 'the hours and their derivation').not.toBeNull();
  const [stated, lessons, quizzes, postTest, total, derived] = (match ?? []).slice(1).map(Number);
  expect(Number(lessons) + Number(quizzes) + Number(postTest)).toBe(total);
  expect(derived).toBe(Math.floor(Number(total) / 15) / 4);
  expect(stated).toBe(derived);
}

test('a learner completes everything, is told what is left on the way, and prints a one-page certificate', async ({
  page,
}) => {
  // A long journey (about 17 s on an idle machine): its own budget, for a busy one.
  test.setTimeout(120_000);
  await page.goto('/certificate/');
  await expect(page.getByRole('heading', { name: 'What is left before your certificate' })).toBeVisible();
  await expect(
    page.getByText(
      /Complete 6 more lessons: .*\. A lesson is complete when you have read it to its end and submitted its knowledge check \(every question answered; any score\)\./,
    ),
  ).toBeVisible();
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
    await studyLesson(page, lesson);
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
  const certificate = page.getByRole('article', { name: course.title });
  await expect(certificate).toContainText('Alex <b>Nguyễn</b>');
  await expect(certificate).toContainText('post-test score of 100%');
  // Contact hours derived from the course's stated study time, never typed, with the derivation.
  expectDerivedHours(await certificate.innerText());
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
  expect(text).toContain(course.title);
  expect(text).not.toContain('Your name as it should appear');
});

test('the completion report says it is self-reported, and downloads as text', async ({ page }, testInfo) => {
  await page.goto('/lessons/what-is-clonus/');
  await studyLesson(page, 'what-is-clonus');
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
  await expect(lesson.getByText(/Post-test: clonus: 6 items/)).toBeVisible();
  // What counts as done, and the contact hours with how they were derived.
  await expect(
    page.getByText(/a lesson is complete when the learner has read it to its end and submitted/),
  ).toBeVisible();
  expectDerivedHours(
    await page.getByRole('listitem').filter({ hasText: 'Contact hours are derived' }).innerText(),
  );
  await expect(lesson.getByRole('heading', { name: 'Discussion prompts' })).toBeVisible();
  await expect(lesson.getByRole('heading', { name: /^Scenario:/ })).toBeVisible();
});
