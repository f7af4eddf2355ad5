import { expect, test } from '@playwright/test';
import { tabTo } from './keyboard';

test('a learner studies every lesson in order from the course home, by keyboard alone', async ({ page }) => {
  // A long journey (about 12 s on an idle machine): its own budget, for a busy one.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Clonus/);

  // The outline on the home page is the learner's map: read the sequence from it.
  const outline = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').getByRole('link');
  const titles = await outline.allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(6);

  // The skip link comes first and lands in the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Start the course' }));
  await page.keyboard.press('Enter');

  for (const [index, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(`Lesson ${String(index + 1)} of ${String(titles.length)}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).not.toHaveCount(0);

    const isLast = index === titles.length - 1;
    const onward = page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: isLast ? /Back to course home/ : /Next lesson/ });
    await tabTo(page, onward);
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
});

test('the skip link moves focus past the header into the main content', async ({ page }) => {
  await page.goto('/lessons/what-is-clonus/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('a table of contents link takes the learner to that section', async ({ page }) => {
  await page.goto('/lessons/how-clonus-happens/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const firstSection = toc.getByRole('link').first();
  const name = (await firstSection.textContent()) ?? '';
  await tabTo(page, firstSection);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#.+$/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
});

test('a lesson reads at 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/lessons/how-clonus-happens/', '/lessons/disease-causes/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
