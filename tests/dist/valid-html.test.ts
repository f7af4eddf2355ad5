// Every built page is valid HTML by the W3C Nu checker (vnu-jar, a Java program), for the static
// site and the LMS package alike. `npm run test:dist` makes sure there is a Java first
// (scripts/ensure-java.ts); without one the checker fails these tests, saying so, never skips them.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/site-weight.ts';
import { siteFolder } from '../../integrations/lms/files.ts';
import { distRoot } from '../support/built-site';

interface NuMessage {
  type: string;
  message: string;
  extract?: string;
  url: string;
  lastLine?: number;
}

/**
 * The only messages filtered, and only for Astro's own element: Astro puts a <style> for its
 * <astro-island> element in the body, right before the first island, which the checker flags as
 * a style element out of place, and, when that island sits deeper in the page (the figure in a
 * lesson), as a style whose "astro-island" selector reaches elements before it. Astro emits it;
 * the course cannot move it.
 */
const astroIslandStyle = (message: NuMessage) =>
  (message.message === 'A “style” element in “body” must be the first child of its parent.' &&
    // The checker quotes a few characters around the element: "…</h1><style>astro-".
    (message.extract ?? '').includes('<style>astro-')) ||
  message.message.startsWith(
    'The selector “astro-island” matches, or might match, an element that comes before the parent of this “style” element.',
  );

// The checker, by vnu-jar's own API: it runs its jar with the system's Java (11 or later), or with
// a Java runtime it downloads into node_modules/.cache/vnu-jar/ when there is none.
const require = createRequire(import.meta.url);
const { vnu } = require('vnu-jar') as { vnu: { check(args: string[]): Promise<string> } };

async function check(files: string[]): Promise<NuMessage[]> {
  const output = await vnu
    .check(['--errors-only', '--format', 'json', '--exit-zero-always', ...files])
    .catch((error: unknown) => {
      throw new Error(
        `The W3C Nu checker failed: ${String(error)}\nIt needs Java 11 or later: ` +
          "`npm run test:dist` installs Debian's default-jre-headless when run as root on Debian; elsewhere install a Java runtime.",
      );
    });
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  return messages;
}

describe.each([
  ['the static site', distRoot],
  ['the LMS package build', siteFolder],
])('%s', (_name, folder) => {
  it('has no HTML errors on any page', async () => {
    if (!existsSync(join(folder, 'index.html'))) throw new Error(`${folder} is not built`);
    const files = htmlFiles(folder);
    expect(files.length).toBeGreaterThan(15);
    const errors = (await check(files))
      .filter((message) => !astroIslandStyle(message))
      .map(({ url, lastLine, message }) => `${url.replace(/^file:/, '')}:${String(lastLine)} ${message}`);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the checker', () => {
  it('reports an error in a broken page (so a clean result means something)', async () => {
    const broken = join(import.meta.dirname, '..', 'support', 'invalid-page.html');
    expect((await check([broken])).filter((message) => message.type === 'error').length).toBeGreaterThan(0);
  }, 60_000);
});
