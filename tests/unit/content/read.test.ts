// The content reader behind the loaders and the tests: every way a file can be unreadable or
// malformed names the file (and the item or field), before any schema sees it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readYaml,
  yamlFiles,
  yamlListById,
  yamlListByPosition,
  yamlMapEntries,
} from '../../../src/lib/content/read';

const root = mkdtempSync(join(tmpdir(), 'content-read-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes a file under the temporary root and returns its project-relative path. */
function file(path: string, text: string): string {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  return path;
}

describe('reading content files', () => {
  it('gives one entry per YAML file of a folder, named by the file, in order', () => {
    file('quizzes/b.yaml', 'title: B\n');
    file('quizzes/a.yaml', 'title: A\n');
    file('quizzes/notes.txt', 'not content');
    expect(yamlFiles(root, 'quizzes')).toEqual([
      { id: 'a', file: 'quizzes/a.yaml', data: { title: 'A' } },
      { id: 'b', file: 'quizzes/b.yaml', data: { title: 'B' } },
    ]);
  });

  it('names the file and the line of a YAML mistake', () => {
    const broken = file('broken.yaml', 'title: [unclosed\n');
    expect(() => readYaml(root, broken)).toThrow(/^broken\.yaml: .*line 2/s);
  });

  it('names a file that is missing', () => {
    expect(() => readYaml(root, 'missing.yaml')).toThrow(/^missing\.yaml: cannot be read/);
  });

  it('takes list items by their id, refusing a missing or repeated one', () => {
    const terms = file('terms.yaml', '- id: a\n  term: A\n- id: b\n');
    expect(yamlListById(root, terms).map((entry) => entry.id)).toEqual(['a', 'b']);
    const unnamed = file('unnamed.yaml', '- id: a\n- term: B\n');
    expect(() => yamlListById(root, unnamed)).toThrow(
      'unnamed.yaml: item 2, field "id": every item needs an id.',
    );
    const twice = file('twice.yaml', '- id: a\n- id: a\n');
    expect(() => yamlListById(root, twice)).toThrow(
      'twice.yaml: field "id": "a" is used by more than one item.',
    );
  });

  it('takes list items by position when they have no id', () => {
    const facts = file('facts.yaml', '- claim: one\n- claim: two\n');
    expect(yamlListByPosition(root, facts).map((entry) => entry.id)).toEqual(['1', '2']);
  });

  it('refuses a list file that holds something else', () => {
    const map = file('map.yaml', 'id: a\n');
    expect(() => yamlListByPosition(root, map)).toThrow('map.yaml: the file must be a YAML list.');
  });

  it('takes the entries of a map under its key, refusing a file without it', () => {
    const guide = file('guide.yaml', 'lessons:\n  one: { prompts: [] }\n  two: {}\n');
    expect(yamlMapEntries(root, guide, 'lessons')).toEqual([
      { id: 'one', file: guide, data: { prompts: [] } },
      { id: 'two', file: guide, data: {} },
    ]);
    const flat = file('flat.yaml', 'one: {}\n');
    expect(() => yamlMapEntries(root, flat, 'lessons')).toThrow(
      'flat.yaml: field "lessons": must map each id to its entry.',
    );
  });

  it('refuses a map that repeats a key, naming the file', () => {
    const repeated = file('repeated.yaml', 'lessons:\n  one: {}\n  one: {}\n');
    expect(() => yamlMapEntries(root, repeated, 'lessons')).toThrow(/^repeated\.yaml: .*unique/s);
  });
});
