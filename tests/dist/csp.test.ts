// The content security policy every page carries in its meta tag (astro.config.mjs, security.csp),
// on the static site and in both LMS packages, launch pages included: beyond Astro's hashes for
// its scripts and styles, everything from the course's own origin, no plugins, and no <base> or
// form that could send a learner elsewhere. tests/e2e/csp.spec.ts proves nothing the course needs
// is blocked.
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { packageFile, versions } from '../../integrations/lms/files.ts';
import { builtPages } from '../support/built-site';

const required: Record<string, string> = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy in a page's meta tag, as directive name → its sources. */
function policyOf(html: string): Map<string, string> {
  const content =
    parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const directives = new Map<string, string>();
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.join(' '));
  }
  return directives;
}

/** The required directives a page's policy lacks or weakens, as "name sources" it should have. */
function missingDirectives(html: string): string[] {
  const policy = policyOf(html);
  return Object.entries(required)
    .filter(([name, sources]) => policy.get(name) !== sources)
    .map(([name, sources]) => `${name} ${sources}`);
}

function packagePages(version: (typeof versions)[number]): [string, string][] {
  const file = packageFile(version);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\` before these tests.`);
  return Object.entries(unzipSync(readFileSync(file)))
    .filter(([name]) => name.endsWith('.html'))
    .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]);
}

describe('the content security policy', () => {
  it('is found missing or weakened where it is (the check can fail)', () => {
    expect(
      missingDirectives('<meta http-equiv="content-security-policy" content="script-src \'self\'">'),
    ).toEqual(Object.entries(required).map(([name, sources]) => `${name} ${sources}`));
    expect(
      missingDirectives(
        `<meta http-equiv="content-security-policy" content="default-src *; object-src 'none'; base-uri 'self'; form-action 'self'">`,
      ),
    ).toEqual(["default-src 'self'"]);
    expect(missingDirectives('<p>no policy</p>')).toHaveLength(4);
  });

  it.each(builtPages().map((page) => [page.path, page.file] as const))(
    'of the site page %s has every required directive',
    (_path, file) => {
      expect(missingDirectives(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  describe.each(versions)('in the %s package', (version) => {
    const pages = packagePages(version);

    it('covers the launch page and the course pages', () => {
      expect(pages.map(([name]) => name)).toEqual(
        expect.arrayContaining([`lms/${version}.html`, 'index.html', 'lessons/what-is-clonus.html']),
      );
    });

    it.each(pages)('of %s has every required directive', (_name, html) => {
      expect(missingDirectives(html)).toEqual([]);
    });
  });
});
