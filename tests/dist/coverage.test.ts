// Every fact of the clinical source must reach the learner: each list item and table row, word
// for word, and each paragraph's claims (src/content/source-facts.yaml), in the built lessons.
import { describe, expect, it } from 'vitest';
import { readContent, sourceFactContent } from '../../src/lib/content/collections';
import { builtLessons, lessonBody } from '../support/built-site';
import { projectRoot } from '../support/project';
import { normalise, sourceListItems, sourceTableRows } from '../support/source';

const paragraphFacts = readContent(sourceFactContent, projectRoot).map((entry) => entry.data);

const lessonBodies = builtLessons().map(lessonBody);

const lessonText = normalise(lessonBodies.map((body) => body.textContent).join(' '));
const lessonListItems = new Set(
  lessonBodies.flatMap((body) => body.querySelectorAll('li')).map((item) => normalise(item.textContent)),
);
const lessonTableRows = new Set(
  lessonBodies
    .flatMap((body) => body.querySelectorAll('tbody tr'))
    .map((row) =>
      row
        .querySelectorAll('th, td')
        .map((cell) => normalise(cell.textContent))
        .join(' | '),
    ),
);

describe('source coverage in the built lessons', () => {
  it('finds the lessons', () => {
    expect(lessonBodies.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sourceListItems())('has the list item "%s"', (item) => {
    expect(lessonListItems).toContain(normalise(item));
  });

  it.each(sourceTableRows().map((cells) => [cells.join(' | '), cells] as const))(
    'has the table row "%s", cell for cell',
    (_label, cells) => {
      expect(lessonTableRows).toContain(cells.map(normalise).join(' | '));
    },
  );

  it.each(paragraphFacts.map((fact) => [fact.claim, fact] as const))('states "%s"', (_claim, fact) => {
    for (const phrase of fact.evidence) expect(lessonText).toContain(normalise(phrase));
  });

  it('reads every list item and table row of the source', () => {
    // Guards the parser above: the source has 20 list items and 3 tables of 3, 4 and 3 rows.
    expect(sourceListItems()).toHaveLength(20);
    expect(sourceTableRows()).toHaveLength(10);
  });
});

describe('lesson tables', () => {
  const tables = lessonBodies.flatMap((body) => body.querySelectorAll('table'));

  it('are real tables with a caption and scoped headers', () => {
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent.trim()).toBeTruthy();
      const headers = table.querySelectorAll('th');
      expect(headers.length).toBeGreaterThan(0);
      for (const header of headers) expect(['col', 'row']).toContain(header.getAttribute('scope'));
    }
  });
});
