// Makes sure the browser tests have a Chromium, saying what it does:
// 1. a system Chromium already there (or CHROMIUM_PATH) is used as it is;
// 2. as root on Debian, Debian's `chromium` package is installed with apt-get;
// 3. anywhere else, Playwright downloads its own Chromium.
import { aptInstall, canInstallWithApt, run } from './apt.ts';
import { findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Browser tests: using the Chromium at ${found}.`);
} else if (canInstallWithApt()) {
  console.log(
    "Browser tests: no Chromium found; installing Debian's chromium package with apt-get (about a minute)…",
  );
  aptInstall('chromium');
  console.log(`Browser tests: installed Chromium at ${findChromium() ?? 'an unknown path'}.`);
} else {
  console.log("Browser tests: no system Chromium found; installing Playwright's own Chromium…");
  run('npx playwright install chromium');
}
