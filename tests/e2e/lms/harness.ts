// A pretend LMS for the package tests, built on scorm-again (a real SCORM 1.2 and 2004 runtime).
// Everything is served by Playwright from memory on one made-up origin, the way an LMS serves a
// package: the harness page at the top, the unzipped package in a nested folder of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Route } from '@playwright/test';
import { unzipSync } from 'fflate';
import { packageFile, type ScormVersion } from '../../../integrations/lms/files.ts';
import { launchPages } from '../../../integrations/lms/manifest.ts';
import { contentType } from '../support/static-server';

export const origin = 'http://lms.test';
/** Where the LMS unpacked the course: deep and arbitrary, as real LMSs do. */
export const contentFolder = '/pluginfile/4711/mod_scorm/content/0';

const require = createRequire(import.meta.url);
// The runtime's plain-script builds; its package exports name them "scorm12" and "scorm2004".
const runtimes = {
  scorm12: readFileSync(require.resolve('scorm-again/scorm12'), 'utf8'),
  scorm2004: readFileSync(require.resolve('scorm-again/scorm2004'), 'utf8'),
};

const harnessPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>LMS harness</title>
<script src="/runtime/scorm12.js"></script><script src="/runtime/scorm2004.js"></script>
<style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style>
</head>
<body>
<script>
  // An LMS that fails to read some elements: GetValue answers '' and GetLastError 101.
  function failReads(api, version, elements) {
    const [get, lastError] = version === 'scorm2004' ? ['GetValue', 'GetLastError'] : ['LMSGetValue', 'LMSGetLastError'];
    const getValue = api[get].bind(api);
    const getLastError = api[lastError].bind(api);
    let failed = false;
    api[get] = (element) => {
      failed = elements.includes(element);
      return failed ? '' : getValue(element);
    };
    api[lastError] = () => (failed ? '101' : getLastError());
  }
  // launch(): what an LMS does when a learner opens the activity. close(): the LMS removes it.
  window.harness = {
    launch({ version, saved, failInitialize, commitUrl, failGetValue }) {
      const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: commitUrl || false };
      const api = version === 'scorm2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
      if (saved) api.loadFromJSON(saved, 'cmi');
      if (failGetValue) failReads(api, version, failGetValue);
      window[version === 'scorm2004' ? 'API_1484_11' : 'API'] = api;
      this.api = api;
      // Another SCO (or a double launch) already holds the session: the course's Initialize fails.
      if (failInitialize) version === 'scorm2004' ? api.Initialize('') : api.LMSInitialize('');
      const frame = document.createElement('iframe');
      frame.title = 'LMS activity';
      frame.src = '${contentFolder}/' + (version === 'scorm2004' ? '${launchPages.scorm2004}' : '${launchPages.scorm12}');
      document.body.replaceChildren(frame);
    },
    close() {
      document.body.replaceChildren();
    },
    cmi() {
      return JSON.parse(JSON.stringify(this.api.renderCMIToJSONObject())).cmi;
    },
  };
</script>
</body>
</html>`;

/** The package's files, read from the zip `npm run package` wrote. */
export function unpack(version: ScormVersion): Record<string, Uint8Array> {
  return unzipSync(readFileSync(packageFile(version)));
}

/** Where scorm-again posts each commit when the harness launches with `commitUrl`. */
export const commitUrl = `${origin}/lms/commit`;

/**
 * Serves the harness, the runtime and the unzipped package; anything else is a 404. Commits
 * posted to `commitUrl` get the HTTP status `commitStatus()` returns: 500 plays a failing LMS.
 */
export async function serveLms(
  page: Page,
  version: ScormVersion,
  commitStatus = () => 200,
  onCommit: (body: string, status: number) => void = () => undefined,
): Promise<void> {
  const files = unpack(version);
  await page.route(`${origin}/**`, async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: harnessPage });
    if (`${origin}${pathname}` === commitUrl) {
      const status = commitStatus();
      onCommit(route.request().postData() ?? '', status);
      return route.fulfill({
        status,
        json: status === 200 ? { result: true, errorCode: 0 } : { result: false, errorCode: 101 },
      });
    }
    const runtime = /^\/runtime\/(scorm12|scorm2004)\.js$/.exec(pathname)?.[1] as ScormVersion | undefined;
    if (runtime) return route.fulfill({ contentType: 'text/javascript', body: runtimes[runtime] });
    const file = pathname.startsWith(`${contentFolder}/`)
      ? files[pathname.slice(contentFolder.length + 1)]
      : undefined;
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      contentType: contentType(pathname),
      body: Buffer.from(file),
    });
  });
}
