// The page's progress store, wired to the browser: the one module that reads `window` for
// progress. It is created on first use (never at import, so modules that import this still load
// in Node and in tests) and once per page. Islands take a `store` prop that defaults to it; tests
// pass a store of their own built on fake storage.
//
// Inside an LMS package the launch page's session (lib/lms) stands in for localStorage, and no
// other tab shares it; the store works the same either way.
import { findLmsSession } from '../lms/frame';
import { safeStorage } from './safe-storage';
import { createProgressStore, noStorageEvents, type ProgressStore, type StorageEvents } from './store';

let store: ProgressStore | undefined;

/** The browser's `storage` event, which fires in every other tab of the site on each change. */
function windowStorageEvents(win: Window): StorageEvents {
  return {
    listen(listener) {
      const onStorage = (event: StorageEvent) => {
        listener(event.key);
      };
      win.addEventListener('storage', onStorage);
      return () => {
        win.removeEventListener('storage', onStorage);
      };
    },
  };
}

function createBrowserStore(): ProgressStore {
  const now = () => Math.floor(Date.now() / 1000);
  const session = findLmsSession(window);
  if (session) {
    const keeper = session.connected ? 'lms' : 'browser';
    return createProgressStore({ storage: session.storage, events: noStorageEvents, now, keeper });
  }
  return createProgressStore({
    storage: safeStorage(() => window.localStorage),
    events: windowStorageEvents(window),
    now,
  });
}

export function browserProgress(): ProgressStore {
  store ??= createBrowserStore();
  return store;
}
