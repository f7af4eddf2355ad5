// Byte budgets (bench/budgets.json), held in a browser: what each page downloads as it opens,
// and in all once scrolled to its foot and used (a search made), gzip. `npm run bench` reports
// the same measurement (scripts/browser-weight.ts) with the comparison to H5P and Adapt.
import { expect, test, type Page } from '@playwright/test';
import { measurePage } from '../../scripts/browser-weight.ts';
import { isLesson, overBudget, readBudgets } from '../../scripts/budgets.ts';
import { builtPagePaths, distRoot } from '../support/built-site';
import { projectRoot } from '../support/project';

const budgets = readBudgets(projectRoot);

/** What a learner does on a page beyond scrolling it, so what that loads is counted too. */
const widgets: Record<string, (page: Page) => Promise<void>> = {
  '/search/': async (page) => {
    await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('clonus');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for ‘clonus’/);
  },
};

for (const path of builtPagePaths()) {
  test(`${path} loads no more than its budget`, async ({ page }) => {
    test.setTimeout(120_000);
    const load = await measurePage(page, path, {
      dist: distRoot,
      ...(widgets[path] ? { use: widgets[path] } : {}),
    });
    // The measurement saw the page itself, its stylesheet and, where it has any, its scripts.
    expect(load.afterUse.html).toBeGreaterThan(0);
    expect(load.afterUse.css).toBeGreaterThan(0);
    if (isLesson(path)) expect(load.afterUse.js).toBeGreaterThan(load.atLoad.js);
    expect(overBudget(load, budgets)).toEqual([]);
  });
}
