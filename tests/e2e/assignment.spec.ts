import { expect, test } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignment/link';
import { studyLesson } from './study';
import { expectNoAxeViolations } from './support/axe';

test('an instructor creates an assignment link and a learner sees it with their status', async ({
  page,
  browser,
}) => {
  await page.goto('/instructor/assign/');
  await page
    .getByRole('group', { name: 'Lessons' })
    .getByRole('checkbox', { name: 'What clonus is', exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Lessons' })
    .getByRole('checkbox', { name: 'Disease causes', exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Quizzes' })
    .getByRole('checkbox', { name: 'Causes: what leads to clonus' })
    .check();
  await page.getByLabel('Due date').fill('2026-12-01');
  await page.getByLabel('Class label').fill('NUR 210 <img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link created' })).toBeVisible();
  const link = await page.getByLabel('Link to share').inputValue();
  expect(link).toMatch(/\/#assignment=/);
  await expectNoAxeViolations(page);

  const learnerBrowser = await browser.newContext();
  const learner = await learnerBrowser.newPage();
  await learner.goto(new URL(link).pathname + new URL(link).hash);
  const panel = learner.getByRole('region', { name: 'Your assignment' });
  // The label is the instructor's text, quoted and attributed, and never markup.
  await expect(panel).toContainText(
    'Assignment from your instructor, labelled “NUR 210 <img src=x onerror=alert(1)>”.',
  );
  expect(await learner.locator('img').count()).toBe(0);
  await expect(panel.getByRole('listitem').filter({ hasText: 'What clonus is' })).toContainText(
    'Not started',
  );
  await expect(panel.getByRole('listitem').filter({ hasText: 'Causes: what leads to clonus' })).toContainText(
    'Not done yet',
  );
  // The address no longer carries the link, and the assignment stays for the progress page.
  await expect(learner).toHaveURL(/\/$/);

  await learner.goto('/lessons/what-is-clonus/');
  await studyLesson(learner, 'what-is-clonus');
  await learner.goto('/progress/');
  await expect(
    learner
      .getByRole('region', { name: /Your assignment/ })
      .getByRole('listitem')
      .filter({ hasText: 'What clonus is' }),
  ).toContainText('Complete');
  await expectNoAxeViolations(learner);

  // A second link for another assignment asks first; the learner keeps the saved one, by keyboard.
  const second = encodeAssignment({
    classLabel: 'NUR 211',
    due: '2027-01-15',
    lessonIds: ['disease-causes'],
    quizIds: [],
  });
  await learner.goto(`/#assignment=${second}`);
  const question = learner.getByRole('group', { name: /^Replace your saved assignment “NUR 210/ });
  await expect(question).toContainText('with “NUR 211” (1 lesson, due');
  await expect(learner.getByRole('alert')).toContainText('Replace your saved assignment');
  await expectNoAxeViolations(learner);
  await question.getByRole('button', { name: 'Keep' }).focus();
  await learner.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(learner.getByRole('heading', { name: 'Your assignment' })).toBeFocused();
  await expect(learner.getByRole('region', { name: 'Your assignment' })).toContainText('labelled “NUR 210');
  await expect(learner).toHaveURL(/\/$/);
  await learnerBrowser.close();
});

test('the builder refuses a label with a web address before making a link', async ({ page }) => {
  await page.goto('/instructor/assign/');
  await page
    .getByRole('group', { name: 'Lessons' })
    .getByRole('checkbox', { name: 'What clonus is', exact: true })
    .check();
  await page.getByLabel('Due date').fill('2026-12-01');
  await page.getByLabel('Class label').fill('URGENT: re-enter your LMS password at lms-login.example.com');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No link yet' })).toContainText(
    'The class label contains what looks like a web address',
  );
  await expect(page.getByLabel('Link to share')).toHaveCount(0);
});

test('a tampered, truncated or unknown link says so and changes nothing', async ({ page }) => {
  // Some progress first, which no bad link may touch: a lesson studied.
  await page.goto('/lessons/what-is-clonus/');
  await studyLesson(page, 'what-is-clonus');
  // Leaving the lesson saves its study time; the record is read once that is done (on a page
  // other than the home page, so each bad link below loads the home page afresh).
  await page.goto('/quizzes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = await page.evaluate(() => localStorage.getItem('clonus-course:progress'));

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const bad of [
    'eyJ2IjoxfQ.abc',
    'not-a-link',
    'eyJ2IjoxLCJjIjoiQSIsImQiOiIyMDI2LTEyLTAxIiwibCI6WyJ0cmVhdG1lbnQiXSwicSI6W119',
  ]) {
    await page.goto(`/#assignment=${bad}`);
    await expect(page.getByRole('alert')).toContainText('This assignment link could not be used');
    await expect(page.getByRole('alert')).toContainText('Your progress has not changed.');
    await expect(page.getByRole('region', { name: /Your assignment/ })).toHaveCount(0);
    await expect(page.getByText('Course progress: 1 of 6 lessons complete')).toBeVisible();
  }
  expect(await page.evaluate(() => localStorage.getItem('clonus-course:progress'))).toBe(before);
  expect(errors).toEqual([]);
});
