// Structure every built page must have: what a screen reader user navigates by, and links that go
// somewhere on this site and nowhere else.
import { describe, expect, it } from 'vitest';
import { builtLessons, builtPages, isBuilt } from '../support/built-site';

const pages = builtPages();

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { document }) => {
  it('declares its language and has a title', () => {
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('title')?.textContent.trim()).toBeTruthy();
  });

  it('has exactly one h1 and no skipped heading level', () => {
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const levels = document
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .map((heading) => Number(heading.tagName[1]));
    levels.forEach((level, index) => {
      if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it('has the landmarks and a skip link to the main content first', () => {
    expect(document.querySelectorAll('header.site-header, main#main, footer.site-footer')).toHaveLength(3);
    const firstLink = document.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#main');
    expect(firstLink?.textContent.trim()).toBe('Skip to content');
  });

  it('uses every id once, so each anchor and label points to one thing', () => {
    // A <template>'s content is not part of the page (Astro keeps an island's placeholder there
    // for the island to use): its ids name nothing.
    const ids = document
      .querySelectorAll('[id]')
      .filter((element) => !element.closest('template'))
      .map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('links only to anchors and pages that exist', () => {
    const ids = new Set(document.querySelectorAll('[id]').map((element) => element.id));
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) expect(ids, `anchor ${href}`).toContain(href.slice(1));
      else expect(isBuilt(href.split('#')[0] ?? ''), `page ${href}`).toBe(true);
    }
  });

  it('loads nothing from another site (no CDN, web font or analytics)', () => {
    const references = document
      .querySelectorAll('script[src], link[href], img[src], iframe[src], source[src]')
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
    for (const reference of references) expect(reference).toMatch(/^\/(?!\/)/);
  });
});

describe.each(builtLessons().map((page) => [page.path, page] as const))(
  'lesson %s',
  (_path, { document }) => {
    it('says where it sits in the course and states its objectives', () => {
      expect(document.querySelector('.eyebrow')?.textContent).toMatch(
        /^\s*Lesson \d+ of \d+ · \d+ minutes?\s*$/,
      );
      expect(document.querySelectorAll('.objectives li').length).toBeGreaterThan(0);
    });

    it('ends with its knowledge check', () => {
      expect(document.querySelector('#knowledge-check')?.textContent).toBe('Check your understanding');
      expect(document.querySelector('.knowledge-check [data-quiz-props]')).not.toBeNull();
    });

    it('lists every section of the lesson in its table of contents', () => {
      const tocTargets = document.querySelectorAll('.toc a').map((link) => link.getAttribute('href'));
      const sectionIds = document
        .querySelectorAll('.lesson-body h2, #knowledge-check')
        .map((heading) => `#${heading.id}`);
      expect(sectionIds.length).toBeGreaterThanOrEqual(3);
      expect(tocTargets).toEqual(sectionIds);
    });
  },
);
