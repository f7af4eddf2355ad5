import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../../src/lib/search/pagefind-api';
import { excerptParts, lessonResult, resultsSummary, sectionCount } from '../../../src/lib/search/results';

const page = (sections: { title: string; url: string; excerpt: string }[]): PagefindResultData => ({
  url: '/lessons/how-clonus-happens/',
  meta: { title: 'How clonus happens' },
  content: '',
  sub_results: sections,
});

describe('excerptParts', () => {
  it('splits an excerpt into text and marked hits', () => {
    expect(excerptParts('muscle tone and <mark>spasticity.</mark> When reflex')).toEqual([
      { text: 'muscle tone and ', mark: false },
      { text: 'spasticity.', mark: true },
      { text: ' When reflex', mark: false },
    ]);
  });

  it('decodes the character references Pagefind escapes text with', () => {
    expect(excerptParts('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; &nbsp;e &bogus;')).toEqual([
      { text: 'a <b> & "c" \'d\' \u00a0e &bogus;', mark: false },
    ]);
  });

  it('keeps anything else that looks like markup as text, so an excerpt cannot inject HTML', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> &lt;script&gt;<mark>x</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> <script>', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  it('reads an empty excerpt as nothing', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('lessonResult', () => {
  it('gives each matching section its heading, its anchored link and its excerpt', () => {
    const result = lessonResult(
      page([
        {
          title: 'Muscle tone and spasticity',
          url: '/lessons/how-clonus-happens/#muscle-tone-and-spasticity',
          excerpt: '<mark>spasticity</mark>',
        },
      ]),
    );
    expect(result).toEqual({
      title: 'How clonus happens',
      href: '/lessons/how-clonus-happens/',
      sections: [
        {
          heading: 'Muscle tone and spasticity',
          href: '/lessons/how-clonus-happens/#muscle-tone-and-spasticity',
          excerpt: [{ text: 'spasticity', mark: true }],
        },
      ],
    });
  });

  it('drops a page with no matching section, and falls back to the URL for a page with no title', () => {
    expect(lessonResult(page([]))).toBeUndefined();
    const untitled = lessonResult({
      url: '/x/',
      meta: {},
      content: 'x',
      sub_results: [{ title: 'x', url: '/x/', excerpt: '' }],
    });
    expect(untitled?.title).toBe('/x/');
  });
});

describe('resultsSummary', () => {
  const lesson = (sections: number) => ({
    title: 'L',
    href: '/l/',
    sections: Array.from({ length: sections }, (_, index) => ({
      heading: 'h',
      href: `/l/#${index}`,
      excerpt: [],
    })),
  });

  it('counts sections, in words that read well for one and many', () => {
    expect(sectionCount([lesson(2), lesson(1)])).toBe(3);
    expect(resultsSummary('spasticity', [lesson(2), lesson(1)])).toBe(
      '3 results for ‘spasticity’ in 2 lessons',
    );
    expect(resultsSummary('spasticity', [lesson(1)])).toBe('1 result for ‘spasticity’ in 1 lesson');
  });

  it('says plainly when nothing matches', () => {
    expect(resultsSummary('xyzzy', [])).toBe('No results for ‘xyzzy’. Try another word, or fewer words.');
  });
});
