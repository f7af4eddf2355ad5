// Islands that render after load (progress, the post-test, the certificate) must not push what the
// reader is already looking at. Layout shifts are counted, not timed: any at all fails.
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-site';

declare global {
  interface Window {
    recordedShifts: { value: number; moved: string[] }[];
  }
}

// A phone, a desktop, and the narrowest width WCAG asks content to reflow to (320 CSS pixels).
const screens = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
};

for (const [screen, viewport] of Object.entries(screens)) {
  test.describe(`${screen} screen`, () => {
    test.use({ viewport });

    for (const path of builtPagePaths()) {
      test(`nothing in view moves while ${path} loads`, async ({ page }) => {
        await page.addInitScript(() => {
          window.recordedShifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              sources?: { node?: Node | null }[];
            })[])
              window.recordedShifts.push({
                value: entry.value,
                moved: (entry.sources ?? []).map((source) =>
                  source.node instanceof Element
                    ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
                    : String(source.node?.nodeName),
                ),
              });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // Proof the page drew: its heading is there (a blank page would shift nothing).
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => window.recordedShifts)).toEqual([]);
      });
    }
  });
}
