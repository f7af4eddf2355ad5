// The glossary as learners receive it: every term listed with its anchor on /glossary/, and every
// term link in the lessons landing on one of those anchors with its definition as description.
import { describe, expect, it } from 'vitest';
import { glossaryContent, readContent } from '../../src/lib/content/collections';
import { builtLessons, builtPages } from '../support/built-site';
import { projectRoot } from '../support/project';

const terms = readContent(glossaryContent, projectRoot).map((entry) => entry.data);
const pages = builtPages();
const glossary = pages.find((page) => page.path === '/glossary/');
if (!glossary) throw new Error('dist/glossary/index.html was not built');
const entries = glossary.document.querySelectorAll('main dl > div');
const anchors = new Set(glossary.document.querySelectorAll('main dt[id]').map((term) => term.id));
const lessonAnchors = new Map(
  builtLessons().map((page) => [
    page.path,
    new Set(page.document.querySelectorAll('[id]').map((element) => element.id)),
  ]),
);

describe('the glossary page', () => {
  it('lists every term once, in alphabetical order', () => {
    const listed = entries.map((entry) => entry.querySelector('dt')?.textContent.trim());
    expect(
      [...listed].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en', { sensitivity: 'base' })),
    ).toEqual(listed);
    expect(listed.slice().sort()).toEqual(terms.map((term) => term.term).sort());
  });

  it.each(terms.map((term) => [term.id, term] as const))(
    'gives %s its anchor, definition and lesson',
    (id, term) => {
      const entry = entries.find((candidate) => candidate.querySelector('dt')?.id === id);
      expect(entry?.querySelector('dt')?.textContent.trim()).toBe(term.term);
      expect(entry?.querySelector('dd')?.textContent).toContain(term.definition);
      const taught = entry
        ?.querySelectorAll('dd p')
        .find((paragraph) => paragraph.textContent.includes('Taught in:'))
        ?.querySelector('a');
      expect(taught?.getAttribute('href')).toBe(`/lessons/${term.lesson}/#${term.section}`);
      expect(lessonAnchors.get(`/lessons/${term.lesson}/`)).toContain(term.section);
    },
  );

  it('is linked from the header of every page', () => {
    for (const page of pages) {
      const links = page.document.querySelectorAll('header nav a').map((link) => link.getAttribute('href'));
      expect(links, page.path).toContain('/glossary/');
    }
  });
});

describe.each(builtLessons().map((page) => [page.path, page] as const))(
  'term links in %s',
  (_path, { document }) => {
    const links = document.querySelectorAll('.lesson-body a.term-link');

    it('point to an existing glossary entry and are described by its definition', () => {
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const [page, id = ''] = (link.getAttribute('href') ?? '').split('#');
        expect(page).toBe('/glossary/');
        expect(anchors, `glossary#${id}`).toContain(id);
        const preview = document.getElementById(link.getAttribute('aria-describedby') ?? '');
        expect(preview?.getAttribute('role')).toBe('tooltip');
        expect(preview?.textContent).toBe(terms.find((term) => term.id === id)?.definition);
      }
    });

    it('link each term at most once', () => {
      const ids = links.map((link) => link.getAttribute('href'));
      expect(new Set(ids).size).toBe(ids.length);
    });
  },
);
