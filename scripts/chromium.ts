// Where the browser tests find Chromium. Playwright cannot download its own browser on every
// machine (a closed network answers only the npm registry and Debian's mirror), so the tests
// prefer a system Chromium and fall back to Playwright's own build where that can be installed.
import { existsSync } from 'node:fs';

/** Paths tried in order; CHROMIUM_PATH lets a machine point at any other build. */
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path) => path !== undefined);

/** A Chromium executable on this machine, or undefined to use Playwright's own. */
export function findChromium(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

/**
 * Flags for a closed network: without them Chromium keeps trying to reach Google's services,
 * and those refused connections slow every test. --no-sandbox because CI runs as root.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
