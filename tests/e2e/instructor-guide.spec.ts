// The instructor guide's assessment blueprint, as an instructor reads it.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('the instructor guide shows the assessment blueprint as a table by step and lesson', async ({
  page,
}) => {
  await page.goto('/instructor/');
  await expect(page.getByRole('heading', { level: 2, name: 'Assessment blueprint' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Quiz items by clinical-judgement step and by lesson' });
  await expect(table.getByRole('columnheader', { name: 'Lesson 1' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Take action' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'All steps' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the blueprint fits a 320 px wide screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/instructor/');
  await expect(
    page.getByRole('table', { name: 'Quiz items by clinical-judgement step and by lesson' }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
