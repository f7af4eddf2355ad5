// The page's one progress store, created on first use (never at import, so modules that import
// this still load in Node and in tests). Components call `progressStore()` when they mount.
import { windowPersistentEvents } from '@nanostores/persistent';
import { safeStorage } from './safe-storage';
import { createProgressStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  store ??= createProgressStore({
    storage: safeStorage(() => window.localStorage),
    events: windowPersistentEvents,
    now: () => Math.floor(Date.now() / 1000),
  });
  return store;
}
