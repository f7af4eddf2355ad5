// Every style reaches a page as a stylesheet file (astro.config.mjs: build.inlineStylesheets
// 'never'). An inline style would escape the byte budgets, and one Astro has not hashed would be
// blocked by the content security policy. Astro can still inline a component's styles: those of a
// client:only island that shares components with an island rendered on the server (the post-test
// once did, with the quiz's styles), so what was built is checked. The one inline style allowed is
// Astro's own rule for its island elements, which the policy hashes.
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site';

const astroIslandRule = 'astro-island,astro-slot,astro-static-slot{display:contents}';

/** A page's inline styles (style elements and attributes), but for Astro's island rule. */
function inlineStyles(document: HTMLElement): string[] {
  return [
    ...document
      .querySelectorAll('style')
      .map((element) => element.textContent.trim())
      .filter((css) => css !== astroIslandRule),
    ...document.querySelectorAll('[style]').map((element) => element.getAttribute('style') ?? ''),
  ];
}

it('finds a component style inlined in a page, and a style attribute', () => {
  const page = parse(
    `<html><head><style>.quiz-record{padding:1rem}</style></head>` +
      `<body><style>${astroIslandRule}</style><p style="width:50%">x</p></body></html>`,
  );
  expect(inlineStyles(page)).toEqual(['.quiz-record{padding:1rem}', 'width:50%']);
});

describe.each(builtPages().map((page) => [page.path, page] as const))('%s', (_path, { document }) => {
  it('has its styles in stylesheet files only', () => {
    expect(inlineStyles(document)).toEqual([]);
    expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBeGreaterThan(0);
  });
});
