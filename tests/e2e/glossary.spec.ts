import { expect, test } from '@playwright/test';
import { tabTo } from './keyboard';
import { expectNoAxeViolations } from './support/axe';

const definition =
  'When reflex control is impaired, muscles may become overactive and muscle tone may increase. Increased muscle tone makes movement stiff or jerky.';

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/how-clonus-happens/');
});

test('a term previews its definition on focus, Escape hides it, Enter opens its glossary entry', async ({
  page,
}) => {
  const term = page.getByRole('link', { name: 'muscle tone', exact: true });
  await expect(term).toHaveAccessibleDescription(definition);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await tabTo(page, term);
  await expect(page.getByRole('tooltip')).toHaveText(definition);
  await expect(page.getByRole('tooltip')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(term).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#muscle-tone$/);
  const entry = page.getByRole('term').filter({ hasText: 'Muscle tone' });
  await expect(entry).toBeInViewport();
  await expect(page.getByRole('definition').filter({ hasText: definition })).toBeVisible();
});

test('the preview stays while the pointer moves onto it, and goes when it leaves', async ({ page }) => {
  const term = page.getByRole('link', { name: 'muscle tone', exact: true });
  await term.hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toHaveText(definition);
  await preview.hover();
  await expect(preview).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(preview).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('axe finds no WCAG 2.2 AA violation with a preview open', async ({ page }) => {
      await page.waitForLoadState('networkidle');
      await tabTo(page, page.getByRole('link', { name: 'muscle tone', exact: true }));
      await expect(page.getByRole('tooltip')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
