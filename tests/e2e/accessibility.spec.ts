import { test } from '@playwright/test';
import { builtPagePaths } from '../support/built-site';
import { expectNoAxeViolations } from './support/axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of builtPagePaths()) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        // Islands that render only in the browser must be on the page before axe looks.
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      });
    }
  });
}
