// Full-text search, as a learner uses it: by keyboard, with a screen reader's live region, and
// with every request kept on this site (Pagefind runs from /pagefind/ on the same origin).
import { expect, test, type Page } from '@playwright/test';
import { course } from '../../src/course';
import { tabTo } from './keyboard';
import { contentFolder, origin, serveLms } from './lms/harness';
import { expectNoAxeViolations } from './support/axe';

/** Every URL the page requests, to check none leaves the site. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await tabTo(page, box);
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
}

test('a learner finds a term by keyboard and lands on the section that teaches it', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await tabTo(page, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the lessons');

  await searchFor(page, 'spasticity');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    /^\d+ results? for ‘spasticity’ in \d+ lessons?$/,
  );
  const results = page.getByRole('region', { name: 'How clonus happens' });
  const section = results.getByRole('link', { name: 'Muscle tone and spasticity' });
  await expect(section).toHaveAccessibleDescription('How clonus happens');
  // The hit is marked in the excerpt, in bold as well as colour.
  await expect(results.locator('mark').first()).toHaveText(/spasticity/i);
  await expect(results.locator('mark').first()).toHaveCSS('font-weight', '700');

  await tabTo(page, section);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/how-clonus-happens\/#muscle-tone-and-spasticity$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Muscle tone and spasticity' })).toBeInViewport();

  // Back returns to the same results.
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search the lessons' })).toHaveValue('spasticity');
  await expect(page.getByRole('link', { name: 'Muscle tone and spasticity' })).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requests.some((url) => url.endsWith('.pf_fragment'))).toBe(true);
});

test('results come while typing, and a nonsense word says there are none', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await tabTo(page, box);
  await page.keyboard.type('reflex loop');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for ‘reflex loop’/);
  await expect(page.getByRole('link', { name: 'The reflex loop' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('flurbonic');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'No results for ‘flurbonic’. Try another word, or fewer words.',
  );
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation with results shown (${colorScheme} scheme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=muscle');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for ‘muscle’/);
    await expect(page.locator('main mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the form is there from the first paint, and takes typing only once it can search', async ({ page }) => {
  // Hold the page's script back: the page shows the server's form, which must not take a word
  // that nothing would search for.
  const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
  await page.route(/\/_astro\/SearchPanel\.[\w.-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // A module script holds DOMContentLoaded back too: wait only for the page to start arriving.
  await page.goto('/search/', { waitUntil: 'commit' });
  const box = page.getByRole('main').locator('input[type="search"]');
  await expect(box).toBeVisible();
  await box.focus();
  expect(await box.evaluate((input) => input === document.activeElement)).toBe(false);

  release(undefined);
  await searchFor(page, 'reflex');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for ‘reflex’/);
});

test('Pagefind loads with the first search, not with the page, and a search made while it loads is answered', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('search')).not.toHaveAttribute('inert');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  // Hold Pagefind's WebAssembly back until the search has been asked for.
  const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
  await page.route(/\/pagefind\/wasm\.\w+\.pagefind$/, async (route) => {
    await held;
    await route.continue();
  });
  const wasmRequested = page.waitForRequest(/\/pagefind\/wasm\./);
  await searchFor(page, 'spasticity');
  await wasmRequested;
  await expect(page.getByRole('main').getByRole('status')).toHaveText('');
  release(undefined);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for ‘spasticity’/);
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('when Pagefind cannot be loaded, the live region says search is not available', async ({ page }) => {
  await page.route(/\/pagefind\/pagefind\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/search/');
  await searchFor(page, 'spasticity');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Search is not available: its index could not be loaded. Reload the page to try again.',
  );
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(0);
});

test('inside an LMS package, served from a nested folder, search finds a section and opens it', async ({
  page,
}) => {
  await serveLms(page, 'scorm12');
  await page.goto(`${origin}/`);
  await page.evaluate(() => {
    (window as unknown as { harness: { launch: (options: { version: string }) => void } }).harness.launch({
      version: 'scorm12',
    });
  });
  const frame = page
    .frameLocator('iframe[title="LMS activity"]')
    .frameLocator(`iframe[title="${course.title}"]`);
  await frame.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await frame.getByRole('searchbox', { name: 'Search the lessons' }).fill('spasticity');
  await frame.getByRole('searchbox', { name: 'Search the lessons' }).press('Enter');
  await expect(frame.getByRole('main').getByRole('status')).toHaveText(/results? for ‘spasticity’/);
  const section = frame.getByRole('link', { name: 'Muscle tone and spasticity' });
  await expect(section).toHaveAttribute(
    'href',
    `${contentFolder}/lessons/how-clonus-happens.html#muscle-tone-and-spasticity`,
  );
  await section.click();
  await expect(frame.getByRole('heading', { level: 2, name: 'Muscle tone and spasticity' })).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText(/Search needs JavaScript/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'course home' })).toBeVisible();
    // No search box that could not work.
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });
});
