// The instructor guide's assessment blueprint, as an instructor reads it.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('the instructor guide shows the assessment blueprint as a table by lesson and step', async ({
  page,
}) => {
  await page.goto('/instructor/');
  await expect(page.getByRole('heading', { level: 2, name: 'Assessment blueprint' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Quiz items by lesson and by clinical-judgement step' });
  await expect(table.getByRole('columnheader', { name: 'Take action' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'What clonus is' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'All lessons' })).toBeVisible();
  await expectNoAxeViolations(page);
});
