import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and fails if it is not
 * reached within `limit` presses (an unreachable control is an accessibility bug).
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `reachable within ${String(limit)} presses of Tab`).toBeFocused();
}
