// The content security policy (astro.config.mjs: security.csp) blocks nothing the course needs:
// every page visited and every widget used, with no policy violation and no console error.
import { expect, test, type Page } from '@playwright/test';
import { versions } from '../../integrations/lms/files.ts';
import { builtPagePaths } from '../support/built-site';
import { origin, serveLms } from './lms/harness';
import { passPostTest } from './post-test';
import { studyLesson } from './study';

/** Collects policy violations and console errors from here on. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  return problems;
}

test('every page loads under the policy without a violation or a console error', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);
  for (const path of builtPagePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).not.toContain("'unsafe-inline'");
  }
  expect(problems).toEqual([]);
});

test('every widget works under the policy', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);

  // A lesson studied: its knowledge check submitted and its end reached.
  await page.goto('/lessons/what-is-clonus/');
  await studyLesson(page, 'what-is-clonus');

  // The post-test, the evaluation, the certificate form, the progress page and the assignment builder.
  await page.goto('/post-test/');
  await passPostTest(page);
  await page.goto('/evaluation/');
  await expect(page.getByRole('group', { name: /Did the course meet this objective/ })).toHaveCount(5);
  await page.goto('/certificate/');
  await expect(page.getByRole('heading', { name: 'What is left before your certificate' })).toBeVisible();
  await page.goto('/progress/');
  await expect(page.getByRole('row', { name: /What clonus is/ }).first()).toContainText('Complete');
  await page.goto('/instructor/assign/');
  await page.getByRole('group', { name: 'Lessons' }).getByRole('checkbox').first().check();
  await page.getByLabel('Due date').fill('2027-01-15');
  await page.getByLabel('Class label').fill('Cohort A');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByLabel('Link to share')).toHaveValue(/#assignment=/);

  expect(problems).toEqual([]);
});

for (const version of versions) {
  test(`inside the ${version} package, the launch page and the course pages load under the policy`, async ({
    page,
  }) => {
    const problems = await watch(page);
    await serveLms(page, version);
    await page.goto(`${origin}/`);
    await page.evaluate((scorm) => {
      (window as unknown as { harness: { launch(options: object): void } }).harness.launch({
        version: scorm,
      });
    }, version);
    const course = page
      .frameLocator('iframe[title="LMS activity"]')
      .frameLocator('iframe:not([title="LMS activity"])');
    await expect(course.getByRole('link', { name: 'Start the course' })).toBeVisible();
    await course.getByRole('link', { name: 'Start the course' }).click();
    await course.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
    await expect(course.getByText(/^Reached the end ✓ — still needed/)).toBeAttached();
    await course.getByRole('link', { name: 'Search' }).first().click();
    await course.getByRole('searchbox', { name: /Search/ }).fill('spasticity');
    await expect(
      course
        .getByRole('main')
        .getByRole('link', { name: /spasticity/i })
        .first(),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });
}
