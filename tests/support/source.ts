// Reads the course's copy of its clinical source and picks out its lists and tables, so content
// tests can check every list item and table row against the built lessons.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const sourcePath = resolve(import.meta.dirname, '../../src/source/clonus.txt');

export function readSource(): string {
  return readFileSync(sourcePath, 'utf8');
}

/** Non-empty lines of the source, trimmed. */
export function sourceLines(): string[] {
  return readSource()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Every "- " list item of the source, without its marker. */
export function sourceListItems(): string[] {
  return sourceLines()
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}

/** Every body row of every table in the source, as its cells (header and rule rows left out). */
export function sourceTableRows(): string[][] {
  const rows = sourceLines()
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  // A table's header is the row just before its |---| rule; body rows follow the rule.
  return rows.filter((cells, index) => {
    const isRule = cells.every((cell) => /^-+$/.test(cell));
    const nextIsRule = rows[index + 1]?.every((cell) => /^-+$/.test(cell)) ?? false;
    return !isRule && !nextIsRule;
  });
}

/**
 * Text as compared by the content tests: lower case, one space for any run of white space,
 * straight quotes, and the trailing full stop dropped (a list item may end with or without one).
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}
