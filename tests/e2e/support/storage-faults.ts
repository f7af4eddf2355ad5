// Browser storage made to fail the ways real browsers do, before any page script runs, for the
// fault-injection suite (tests/e2e/faults.spec.ts):
// - blocked: every access to localStorage throws (private windows, blocked site data);
// - read-only: what is saved can be read, every write throws (some managed browsers);
// - full: every write throws the quota error (a full disk).
// A seeded record is written first, through the real storage, as a learner's earlier visits left it.
import type { Page } from '@playwright/test';

export type StorageFault = 'blocked' | 'read-only' | 'full';

export async function breakStorage(
  page: Page,
  fault: StorageFault,
  seed: Record<string, string> = {},
): Promise<void> {
  await page.addInitScript(
    ({ fault, seed }) => {
      const storage = window.localStorage;
      // Bound before the methods are replaced: the test reads what the browser really holds.
      const realGet = storage.getItem.bind(storage);
      const realSet = storage.setItem.bind(storage);
      for (const [key, value] of Object.entries(seed)) realSet(key, value);
      Object.defineProperty(window, '__storedForTest', { value: realGet });
      if (fault === 'blocked') {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
        return;
      }
      const refuse = () => {
        throw fault === 'full'
          ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          : new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
      Storage.prototype.clear = refuse;
    },
    { fault, seed },
  );
}

/** What the browser's storage really holds under `key` (null: nothing). */
export async function stored(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (key) => (window as unknown as { __storedForTest: (key: string) => string | null }).__storedForTest(key),
    key,
  );
}
