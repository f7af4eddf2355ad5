// The accessibility check every browser test uses: axe-core over the page as it is now (frames
// included), or over one part of it, for WCAG 2.2 A and AA and the 2.0 and 2.1 rules they include.
// A failure names each rule with the elements it found. A check that found almost nothing to check
// fails too, so a blank or broken page cannot pass, and so does one that left a frame unchecked.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** WCAG 2.2 A and AA, and the 2.0 and 2.1 rules they include. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Options {
  /** Only the part of the page this CSS selector finds. @default the whole page */
  include?: string;
}

/** How deep the page's frames nest: 0 without frames, 2 for a frame inside a frame. */
function frameDepth(page: Page): number {
  return Math.max(
    ...page.frames().map((frame) => {
      let depth = 0;
      for (let parent = frame.parentFrame(); parent; parent = parent.parentFrame()) depth += 1;
      return depth;
    }),
  );
}

/** How deep the elements axe checked sit: it names one in a frame by the frame, then itself. */
function checkedDepth(results: AxeResults): number {
  const rules = [...results.passes, ...results.violations, ...results.incomplete];
  return Math.max(0, ...rules.flatMap((rule) => rule.nodes.map((node) => node.target.length - 1)));
}

/** Runs axe now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, { include }: Options = {}): Promise<void> {
  const analyze = () => {
    const axe = new AxeBuilder({ page }).withTags(wcagTags);
    if (include) axe.include(include);
    return axe.analyze();
  };
  // @axe-core/playwright gives each frame one second to take axe and skips, silently, one that
  // takes longer, as on a busy machine: check again rather than pass without that frame.
  let results = await analyze();
  for (let retry = 0; retry < 2 && checkedDepth(results) < frameDepth(page); retry += 1)
    results = await analyze();
  expect(checkedDepth(results), 'axe checked inside every frame').toBeGreaterThanOrEqual(frameDepth(page));
  expect(
    results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) })),
  ).toEqual([]);
  // Rules that passed: a part holds fewer elements to check than a whole page.
  expect(results.passes.length).toBeGreaterThan(include ? 5 : 10);
}
