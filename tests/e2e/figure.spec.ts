import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFigure } from '../../src/lib/content/collections';
import { reflexLoopFigureId } from '../../src/lib/figures/reflex-loop';
import { projectRoot } from '../support/project';
import { tabTo } from './keyboard';
import { expectNoAxeViolations } from './support/axe';

// The reflex-loop figure in "How clonus happens": keyboard alone, what is announced, no motion
// for those who ask for none, contrast of its drawing in both schemes, axe.
const lessonPath = '/lessons/how-clonus-happens/';
const { steps } = readFigure(projectRoot, reflexLoopFigureId);
const total = steps.length;

function figure(page: Page): Locator {
  return page.getByRole('figure', { name: /The reflex loop in clonus/ });
}

async function openFigure(page: Page): Promise<Locator> {
  await page.goto(lessonPath);
  const element = figure(page);
  await element.scrollIntoViewIfNeeded();
  // Its script loads once it is near the viewport; then the drawing follows the step.
  await expect(element.locator('.reflex-loop:not([data-island-pending])')).toHaveCount(1);
  return element;
}

test('steps through by keyboard alone, announcing each step', async ({ page }) => {
  const element = await openFigure(page);
  const status = element.getByRole('status');
  const next = element.getByRole('button', { name: 'Next step' });
  const previous = element.getByRole('button', { name: 'Previous step' });

  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await tabTo(page, next);
  for (const [index, step] of steps.entries()) {
    await expect(status).toHaveText(`Step ${String(index + 1)} of ${String(total)} ${step.text}`, {
      useInnerText: false,
    });
    if (index < total - 1) await page.keyboard.press('Enter');
  }
  // At the end Next is unavailable but keeps focus, and pressing it again changes nothing.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Space');
  await expect(next).toBeFocused();
  await expect(status).toContainText(`Step ${String(total)} of ${String(total)}`);
  await page.keyboard.press('Shift+Tab');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(`Step ${String(total - 1)} of ${String(total)}`);
  await expect(element.getByRole('img')).toHaveAccessibleDescription(
    new RegExp(`^Step ${String(total - 1)} of ${String(total)}\\. Highlighted: `),
  );
});

/** Animation names and transition durations of every element of the figure that has one. */
async function motionIn(element: Locator) {
  return element.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .map((node) => {
        const style = getComputedStyle(node);
        return { node: node.tagName, animation: style.animationName, transition: style.transitionDuration };
      })
      .filter(
        ({ animation, transition }) =>
          animation !== 'none' || transition.split(',').some((d) => d.trim() !== '0s'),
      ),
  );
}

test('nothing in the figure moves when the learner asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const element = await openFigure(page);
  // Step 2 onwards runs a signal round the loop for those who have not asked for less.
  await element.getByRole('button', { name: 'Next step' }).click();
  expect(await motionIn(element)).toEqual([]);
});

test('without a reduced-motion preference a signal runs round the loop', async ({ page }) => {
  // The reduced-motion test above is only worth something if there is motion to remove.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const element = await openFigure(page);
  await element.getByRole('button', { name: 'Next step' }).click();
  const moving = await motionIn(element);
  expect(moving.map(({ animation }) => animation)).toContainEqual(expect.stringContaining('reflex-signal'));
});

test('without JavaScript, every step is there in text and no dead button is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lessonPath);
  const element = figure(page);
  await element.getByText('Text description').click();
  const items = element.getByRole('listitem');
  await expect(items).toHaveText(steps.map((step) => step.text));
  await expect(element.getByRole('img')).toBeVisible();
  await expect(element.getByRole('button')).toHaveCount(0);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('labels and lines of the drawing have enough contrast at every step', async ({ page }) => {
      const element = await openFigure(page);
      for (let step = 1; step <= total; step += 1) {
        const low = await element.locator('svg').evaluate((svg) => {
          const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const luminance = (colour: string) => {
            const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
              const c = value / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a: string, b: string) => {
            const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
          };
          const background = getComputedStyle(document.body).backgroundColor;
          const shown = [...svg.querySelectorAll('text, path, ellipse, rect')].filter((node) => {
            const style = getComputedStyle(node);
            return style.visibility !== 'hidden' && style.display !== 'none' && !node.closest('marker, defs');
          });
          // WCAG 1.4.3 for text (4.5:1), 1.4.11 for the lines that carry meaning (3:1).
          return shown.flatMap((node) => {
            const style = getComputedStyle(node);
            const text = node.tagName === 'text';
            const colour = text ? style.fill : style.stroke;
            const contrast = ratio(colour, background);
            return contrast < (text ? 4.5 : 3)
              ? [
                  `${node.tagName} ${node.textContent.trim()} ${colour} on ${background}: ${contrast.toFixed(2)}`,
                ]
              : [];
          });
        });
        expect(low, `step ${String(step)}`).toEqual([]);
        if (step < total) await element.getByRole('button', { name: 'Next step' }).click();
      }
    });

    test('axe finds no WCAG 2.2 AA violation in the figure after stepping', async ({ page }) => {
      const element = await openFigure(page);
      await element.getByRole('button', { name: 'Next step' }).click();
      await element.getByText('Text description').click();
      await expectNoAxeViolations(page, { include: '.reflex-figure' });
    });
  });
}
