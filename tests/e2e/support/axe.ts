// The accessibility check every browser test uses: axe-core over the page as it is now (frames
// included), or over one part of it, for WCAG 2.2 A and AA and the 2.0 and 2.1 rules they include.
// A failure names each rule with the elements it found. A check that found almost nothing to check
// fails too, so a blank or broken page cannot pass.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, and the 2.0 and 2.1 rules they include. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Options {
  /** Only the part of the page this CSS selector finds. @default the whole page */
  include?: string;
}

/** Runs axe now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, { include }: Options = {}): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) axe.include(include);
  const results = await axe.analyze();
  expect(
    results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) })),
  ).toEqual([]);
  // Rules that passed: a part holds fewer elements to check than a whole page.
  expect(results.passes.length).toBeGreaterThan(include ? 5 : 10);
}
