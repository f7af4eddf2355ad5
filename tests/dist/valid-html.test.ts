// Every built page is valid HTML by the W3C Nu checker (vnu-jar, run with the machine's Java), for
// the static site and the LMS package alike.
import { spawnSync } from 'node:child_process';
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

// The checker itself: a jar inside the vnu-jar package, run with the machine's Java.
const require = createRequire(import.meta.url);
const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');

function check(files: string[]): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return messages;
}

describe.each([
  ['the static site', distRoot],
  ['the LMS package build', siteFolder],
])('%s', (_name, folder) => {
  it('has no HTML errors on any page', () => {
    if (!existsSync(join(folder, 'index.html'))) throw new Error(`${folder} is not built`);
    const files = htmlFiles(folder);
    expect(files.length).toBeGreaterThan(15);
    const errors = check(files)
      .filter((message) => !astroIslandStyle(message))
      .map(({ url, lastLine, message }) => `${url.replace(/^file:/, '')}:${String(lastLine)} ${message}`);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the checker', () => {
  it('reports an error in a broken page (so a clean result means something)', () => {
    const broken = join(import.meta.dirname, '..', 'support', 'invalid-page.html');
    expect(check([broken]).filter((message) => message.type === 'error').length).toBeGreaterThan(0);
  }, 60_000);
});
