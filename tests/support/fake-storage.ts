// Stand-ins for a browser's localStorage and its cross-tab storage events, for the progress tests.
import type { StorageLike } from '../../src/lib/progress/safe-storage';
import type { StorageEvents } from '../../src/lib/progress/store';

/** localStorage over a Map, optionally with a quota in characters like a real browser's. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  private readonly quota: number;

  constructor(quota = Infinity) {
    this.quota = quota;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const others = [...this.items].filter(([k]) => k !== key);
    const used = others.reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage that reads what it holds and refuses every write, as some managed browsers do. */
export class ReadOnlyStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  override removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** A storage whose every access throws, as in a browser with site data blocked. */
export const blockedStorage = (): StorageLike => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

type Listener = (key: string | null) => void;

/**
 * One browser with several tabs sharing a storage. Each tab writes through its own view; the
 * other tabs hear of the write only when the test calls `deliver()`, so a test can make two tabs
 * write before either has heard from the other, the race real tabs run.
 */
export class BrowserTabs {
  readonly shared = new MemoryStorage();
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly pending: { from: number; key: string }[] = [];
  private nextTab = 0;

  openTab(): { storage: StorageLike; events: StorageEvents } {
    const tab = this.nextTab++;
    const listeners = new Set<Listener>();
    this.listeners.set(tab, listeners);
    const storage: StorageLike = {
      getItem: (key) => this.shared.getItem(key),
      setItem: (key, value) => {
        this.shared.setItem(key, value);
        this.pending.push({ from: tab, key });
      },
      removeItem: (key) => {
        this.shared.removeItem(key);
        this.pending.push({ from: tab, key });
      },
    };
    const events: StorageEvents = {
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    return { storage, events };
  }

  /**
   * Delivers queued storage events to every tab but the writer, until none are left. A tab may
   * answer with a write-back, which is delivered in the next round; tabs that never settle (each
   * answering the other for ever) fail the test.
   */
  deliver(): void {
    for (let rounds = 0; this.pending.length > 0; rounds += 1) {
      if (rounds === 20) throw new Error('The tabs keep answering each other: their saves never settle.');
      for (const { from, key } of this.pending.splice(0)) {
        for (const [tab, listeners] of this.listeners) {
          if (tab !== from) for (const listener of listeners) listener(key);
        }
      }
    }
  }
}
