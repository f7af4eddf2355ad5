// Reads the course's copy of its clinical source and picks out its lists and tables, so content
// tests can check every list item and table row against the built lessons.
import { contentLocations } from '../../src/lib/content/locations';
import { readText } from '../../src/lib/content/read';
import { comparable } from '../../src/lib/content/text';
import { projectRoot } from './project';

export function readSource(): string {
  return readText(projectRoot, contentLocations.source);
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

/** Text as the content tests compare it (lower case, white space and curly quotes aside); see comparable. */
export const normalise = comparable;
