// Printing: a lesson prints without navigation or controls, with its tables and readable links;
// the handout prints the whole course, each lesson on a new page.
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations } from './support/axe';

async function pdfText(pdf: Buffer) {
  return extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
}

test('a lesson prints its teaching without navigation, controls or quizzes', async ({ page }) => {
  await page.goto('/lessons/disease-causes/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation', { name: 'Site' }),
    page.getByRole('navigation', { name: 'On this page' }),
    page.getByRole('navigation', { name: 'Lessons' }),
    page.getByRole('region', { name: 'Check your understanding' }),
    page.getByRole('link', { name: 'Skip to content' }),
  ])
    await expect(hidden).toBeHidden();

  const { text } = await pdfText(await page.pdf({ format: 'Letter' }));
  const all = text.join('\n');
  expect(all).toContain('Key points');
  expect(all).not.toContain('Next lesson');
  expect(all).not.toContain('Check answer');
});

test('the handout gathers every lesson for printing, each on its own pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Printable course handout' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Course handout');
  const lessons = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link');
  const titles = await lessons.allTextContents();
  expect(titles).toHaveLength(6);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const { totalPages, text } = await pdfText(await page.pdf({ format: 'Letter' }));
  expect(totalPages).toBeGreaterThanOrEqual(titles.length);
  // The first lesson follows the title; each later one begins a printed page.
  expect(text[0]).toContain(`Lesson 1: ${titles[0] ?? ''}`);
  for (const [index, title] of titles.entries()) {
    if (index === 0) continue;
    const heading = `Lesson ${String(index + 1)}: ${title}`;
    expect(
      text.some((pageText) => pageText.trimStart().startsWith(heading)),
      heading,
    ).toBe(true);
  }
  expect(text.join('\n')).not.toContain('Skip to content');
});
