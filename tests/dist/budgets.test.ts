// Byte budgets per page (gzip), from bench/budgets.json: the same numbers `npm run bench` reports.
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { measureSite } from '../../scripts/site-weight.ts';
import { distRoot } from '../support/built-site';

const weights = measureSite(distRoot);
const overrides: Record<string, Record<string, unknown> | undefined> = budgets.pages;
/** A page's own budget where bench/budgets.json gives one, else the budget every page has. */
function budgetFor(page: string, kind: (typeof kinds)[number]): number {
  const own = overrides[page]?.[kind];
  return typeof own === 'number' ? own : budgets.perPage[kind];
}
const kinds = ['html', 'css', 'js', 'total'] as const;

describe('byte budgets', () => {
  it('measures every page and the stylesheet they share', () => {
    expect(weights.length).toBeGreaterThanOrEqual(8);
    for (const page of weights) expect(page.css.gzip).toBeGreaterThan(0);
  });

  it.each(weights.map((page) => [page.page, page] as const))('%s stays within its budget', (_page, page) => {
    for (const kind of kinds) expect(page[kind].gzip, kind).toBeLessThanOrEqual(budgetFor(page.page, kind));
  });
});
