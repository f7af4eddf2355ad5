// The LMS packages as an LMS receives them: read from the zips `npm run package` wrote.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course';
import { packageFile, versions } from '../../integrations/lms/files.ts';
import { launchPages, schemaVersions } from '../../integrations/lms/manifest.ts';
import { urlAttributes } from '../../integrations/lms/relative-links.ts';
import { openBuiltSearch } from '../support/pagefind-node';

function unpack(version: (typeof versions)[number]): Record<string, Uint8Array> {
  const file = packageFile(version);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\` before these tests.`);
  return unzipSync(readFileSync(file));
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

type Node = Record<string, unknown>;

// jsdom (installed for the component tests) ships no types; only its window's DOMParser is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new () => { window: { DOMParser: typeof DOMParser } };
};

/**
 * What a strict XML parser (jsdom's, which parses XML as browsers do) finds wrong with `xml`,
 * namespace prefixes included; undefined for well-formed XML.
 */
function xmlProblem(xml: string): string | undefined {
  const { DOMParser } = new JSDOM().window;
  return (
    new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ??
    undefined
  );
}

const namespaces = {
  scorm12: {
    '@_xmlns': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  },
  scorm2004: {
    '@_xmlns': 'http://www.imsglobal.org/xsd/imscp_v1p1',
    '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    '@_xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
  },
};

describe.each(versions)('the %s package', (version) => {
  const files = unpack(version);
  const xml = text(files['imsmanifest.xml']);
  const manifest = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as {
    manifest: Node;
  };
  const root = manifest.manifest;
  const resource = (root.resources as Node).resource as Node;
  const item = ((root.organizations as Node).organization as Node).item as Node;

  it('has a well-formed imsmanifest.xml at its root, in the version’s namespaces', () => {
    expect(xmlProblem(xml)).toBeUndefined();
    // It reports XML that is not well-formed (a check that the check works):
    expect(xmlProblem(xml.replace('</organizations>', ''))).toMatch(/close tag/);
    expect(root).toMatchObject(namespaces[version]);
    expect(root.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: schemaVersions[version] });
  });

  it('launches its own version’s page, a SCO, and carries no other version’s', () => {
    expect(resource['@_href']).toBe(launchPages[version]);
    expect(resource[version === 'scorm12' ? '@_adlcp:scormtype' : '@_adlcp:scormType']).toBe('sco');
    expect(files[launchPages[version]]).toBeDefined();
    for (const other of versions.filter((v) => v !== version))
      expect(files[launchPages[other]]).toBeUndefined();
  });

  it('lists every file it holds, and holds every file it lists', () => {
    const listed = asList(resource.file as Node | Node[]).map((file) => decodeURI(String(file['@_href'])));
    const held = Object.keys(files).filter((name) => name !== 'imsmanifest.xml');
    expect(listed.sort()).toEqual(held.sort());
  });

  it('carries the course title and the post-test pass mark where the format has a place for it', () => {
    expect(item.title).toBe(course.title);
    if (version === 'scorm12') {
      expect(item['adlcp:masteryscore']).toBe(String(course.postTestPassMark * 100));
    } else {
      const objective = ((item['imsss:sequencing'] as Node)['imsss:objectives'] as Node)[
        'imsss:primaryObjective'
      ] as Node;
      expect(objective['@_satisfiedByMeasure']).toBe('true');
      expect(objective['imsss:minNormalizedMeasure']).toBe(String(course.postTestPassMark));
    }
  });

  it('links only relatively, to files it holds, from every page and every island’s props', () => {
    const problems: string[] = [];
    let islandLinks = 0;
    let quizLinks = 0;
    const check = (page: string, url: string) => {
      if (/^(#|mailto:|data:)/.test(url) || url === '') return;
      if (url.startsWith('/') || /^[a-z]+:/i.test(url)) {
        problems.push(`${page}: ${url} is not relative`);
        return;
      }
      const target = posix.normalize(posix.join(posix.dirname(page), url.replace(/[?#].*$/, '')));
      if (!files[target]) problems.push(`${page}: ${url} points to a file the package lacks`);
    };
    const pages = Object.keys(files).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      const document = parse(text(files[page]));
      for (const attribute of urlAttributes) {
        for (const element of document.querySelectorAll(`[${attribute}]`))
          check(page, element.getAttribute(attribute) ?? '');
      }
      for (const island of document.querySelectorAll('astro-island[props]')) {
        for (const [, href = ''] of (island.getAttribute('props') ?? '').matchAll(
          /"href":\[0,"([^"]*)"\]/g,
        )) {
          islandLinks += 1;
          check(page, href);
        }
      }
      // The quiz islands' props are plain JSON (src/components/quiz/QuizIsland.astro).
      for (const quiz of document.querySelectorAll('[data-quiz-props]')) {
        const props = JSON.parse(quiz.getAttribute('data-quiz-props') ?? '{}') as {
          progressHref: string;
          reviews: Record<string, { href: string }>;
        };
        for (const url of [props.progressHref, ...Object.values(props.reviews).map(({ href }) => href)]) {
          quizLinks += 1;
          check(page, url);
        }
      }
    }
    expect(islandLinks).toBeGreaterThan(0);
    expect(quizLinks).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('searches its lessons from the folder an LMS serves it from, linking to sections of pages it holds', async () => {
    // The search page loads Pagefind by a relative address (the build rewrote the root-relative one).
    const panel = parse(text(files['search.html'])).querySelector('[data-search]');
    const pagefind = panel?.getAttribute('data-src') ?? '';
    expect(pagefind).toBe('pagefind/pagefind.js');
    expect(files[pagefind]).toBeDefined();

    // The package unpacked and served from a nested folder, as Moodle does.
    const folder = mkdtempSync(join(tmpdir(), `clonus-${version}-`));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    const mount = '/pluginfile.php/123/mod_scorm/content/0/';
    const index = await openBuiltSearch(folder, mount);
    try {
      const sections = (await index.search('spasticity')).flatMap((page) => page.sub_results);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) {
        expect(section.url.startsWith(mount), section.url).toBe(true);
        const [page = '', anchor] = section.url.slice(mount.length).split('#');
        expect(page).toMatch(/^lessons\/[\w-]+\.html$/);
        expect(files[page], page).toBeDefined();
        if (anchor) expect(parse(text(files[page])).getElementById(anchor), anchor).not.toBeNull();
      }
    } finally {
      await index.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
