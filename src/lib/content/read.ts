// Reads the course's content files from disk: the one reader behind the content layer's loaders
// (src/content.config.ts) and the tests that check content without building the site. Build time
// only: it uses node:fs, so nothing that ships to the browser may import it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** One entry as read, before validation. */
export interface RawEntry {
  /** The entry's id in its collection: a file name, an item's `id`, a map key or a position. */
  id: string;
  /** The file it came from, relative to the project root, for messages. */
  file: string;
  data: unknown;
}

/** An entry once its schema has accepted it. */
export interface ContentEntry<T> extends RawEntry {
  data: T;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A file's text; a missing file names itself. `file` is relative to `root`. */
export function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot be read (${messageOf(error)}).`, { cause: error });
  }
}

/** A YAML file's data; a syntax error names the file and the line. */
export function readYaml(root: string, file: string): unknown {
  const text = readText(root, file);
  try {
    return parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: ${messageOf(error)}`, { cause: error });
  }
}

/** The files of a folder that end with `extension`, sorted, relative to the project root. */
export function filesIn(root: string, folder: string, extension: string): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** A file's name without its folder and extension: the id of a lesson, quiz or figure. */
export const fileId = (file: string): string => basename(file).replace(/\.[^.]+$/, '');

/** One entry per YAML file of a folder, its id the file name (quizzes, figures). */
export function yamlFiles(root: string, folder: string): RawEntry[] {
  return filesIn(root, folder, '.yaml').map((file) => ({
    id: fileId(file),
    file,
    data: readYaml(root, file),
  }));
}

/** A YAML file that must hold a list. */
function yamlList(root: string, file: string): unknown[] {
  const data = readYaml(root, file);
  if (!Array.isArray(data)) throw new Error(`${file}: the file must be a YAML list.`);
  return data;
}

/** One entry per item of a YAML list, its id the item's own `id` (the glossary). */
export function yamlListById(root: string, file: string): RawEntry[] {
  const seen = new Set<string>();
  return yamlList(root, file).map((data, index) => {
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '')
      throw new Error(`${file}: item ${String(index + 1)}, field "id": every item needs an id.`);
    if (seen.has(id)) throw new Error(`${file}: field "id": "${id}" is used by more than one item.`);
    seen.add(id);
    return { id, file, data };
  });
}

/** One entry per item of a YAML list, its id its position from 1 (items with no name of their own). */
export function yamlListByPosition(root: string, file: string): RawEntry[] {
  return yamlList(root, file).map((data, index) => ({ id: String(index + 1), file, data }));
}

/** One entry per key of the YAML map under `key` (the instructor guide's `lessons:`). */
export function yamlMapEntries(root: string, file: string, key: string): RawEntry[] {
  const map = (readYaml(root, file) as Record<string, unknown> | null)?.[key];
  if (typeof map !== 'object' || map === null || Array.isArray(map))
    throw new Error(`${file}: field "${key}": must map each id to its entry.`);
  return Object.entries(map as Record<string, unknown>).map(([id, data]) => ({ id, file, data }));
}
