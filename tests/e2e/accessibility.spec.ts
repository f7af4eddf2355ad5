import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-site';

// WCAG 2.2 A and AA, and the 2.0 and 2.1 rules they include.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of builtPagePaths()) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        // Islands that render only in the browser must be on the page before axe looks.
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(
          results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) })),
        ).toEqual([]);
        // Guard against a blank or broken page passing because there was nothing to check.
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  });
}
