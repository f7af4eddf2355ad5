// The search index: once Astro has written the pages, Pagefind reads them and writes its index
// and its browser library into pagefind/ in the same folder (dist/ or, for the LMS packages,
// dist-lms/). Only what a lesson page marks with data-pagefind-body is indexed (see
// src/pages/lessons/[id].astro).
//
// astro.config.mjs lists this integration first. Build hooks run in the order integrations are
// listed, so the index exists before the LMS build makes links relative (the search page's link
// to pagefind.js is rewritten only if it names an existing file) and before anything that lists
// the built files, such as a service worker's precache.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Where the bundle goes inside the built site; the search page loads `pagefind/pagefind.js`. */
export const searchFolder = 'pagefind';

/**
 * The files of Pagefind's bundle that its JS API (pagefind.js) fetches: itself and its worker,
 * the entry file, one WebAssembly module per indexed language, and the index. Pagefind also
 * emits its ready-made interfaces (pagefind-ui.js and others, about 400 KB) and a module for an
 * unknown language; the course has its own search interface and one language, so those are not
 * written, which keeps them out of the LMS packages and out of an offline cache.
 */
export const bundledFile =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.(?!unknown\.)[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter))$/;

export interface SearchIndexSummary {
  /** Pages Pagefind read. */
  read: number;
  /** Pages indexed, one fragment each. */
  indexed: number;
  /** The files written, relative to the bundle folder. */
  files: string[];
}

/** Indexes the built site in `site` and writes the bundle to `site/pagefind/`. */
export async function indexSite(site: string): Promise<SearchIndexSummary> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0)
      throw new Error(`Pagefind could not build its index: ${bundle.errors.join('; ')}`);
    const files = bundle.files.filter((file) => bundledFile.test(file.path));
    const folder = join(site, searchFolder);
    await rm(folder, { recursive: true, force: true });
    for (const file of files) {
      const target = join(folder, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return {
      read: added.page_count,
      indexed: files.filter((file) => file.path.startsWith('fragment/')).length,
      files: files.map((file) => file.path).sort(),
    };
  } finally {
    await close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'clonus-course-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { read, indexed } = await indexSite(fileURLToPath(dir));
        // No marked page would mean an empty index, and a search that never finds anything.
        if (indexed === 0)
          throw new Error('Pagefind indexed no page: is data-pagefind-body on the lesson pages?');
        logger.info(`Search index written: ${String(indexed)} of ${String(read)} pages indexed`);
      },
    },
  };
}
