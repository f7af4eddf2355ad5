import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.ts';

// PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PORT ?? 4321);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores on CI: two workers keep the machine busy without starving the preview server.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Budgets for a busy two-core machine (CI often is one): a test that takes up to 8 s when idle
  // may take three or four times that under load. Journeys longer than that set their own budget
  // with test.setTimeout. Waits are always on states (expect…), never on time.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${String(port)}`,
    trace: 'retain-on-failure',
    // The offline worker precaches the whole course on each fresh page; only the offline tests
    // (tests/e2e/offline.spec.ts) let it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  // Serves the built site exactly as a static host would; `npm test` builds it first.
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${String(port)}`,
    url: `http://127.0.0.1:${String(port)}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
