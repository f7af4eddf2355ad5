// Pagefind's own browser API (the built pagefind.js) run in Node against a built site, served
// over HTTP from a throwaway local server: the dist tests search the index a learner would.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search/pagefind-api';

export interface BuiltSearch {
  /** Every matching page's data, best first, with URLs as paths on the server (origin left out). */
  search: (term: string) => Promise<PagefindResultData[]>;
  close: () => Promise<void>;
}

type NodePagefind = PagefindApi & { options: (options: { basePath: string }) => Promise<void> };

/**
 * Serves the built site in the folder `site` at the URL path `mount` (an LMS serves a package
 * from a folder of its own, e.g. /mod_scorm/content/0/) and opens its index.
 */
export async function openBuiltSearch(site: string, mount = '/'): Promise<BuiltSearch> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (!path.startsWith(mount)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    readFile(join(site, path.slice(mount.length))).then(
      (body) => response.end(body),
      () => {
        response.statusCode = 404;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const pagefind = (await import(
    /* @vite-ignore */ pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href
  )) as NodePagefind;
  await pagefind.options({ basePath: `${origin}${mount}pagefind/` });
  await pagefind.init();
  const local = (url: string) => url.replace(origin, '');
  return {
    async search(term) {
      const { results } = await pagefind.search(term);
      const pages = await Promise.all(results.map((result) => result.data()));
      return pages.map((page) => ({
        ...page,
        url: local(page.url),
        sub_results: page.sub_results.map((section) => ({ ...section, url: local(section.url) })),
      }));
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
