// The page's one progress store, created on first use (never at import, so modules that import
// this still load in Node and in tests). Components call `progressStore()` when they mount.
// Inside an LMS package the launch page's session (lib/lms) stands in for localStorage; the store
// works the same either way.
import { windowPersistentEvents } from '@nanostores/persistent';
import { findLmsSession, noEvents } from '../lms/frame';
import { safeStorage } from './safe-storage';
import { createProgressStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

function createStore(): ProgressStore {
  const now = () => Math.floor(Date.now() / 1000);
  const session = findLmsSession(window);
  if (session) return createProgressStore({ storage: session.storage, events: noEvents, now });
  return createProgressStore({
    storage: safeStorage(() => window.localStorage),
    events: windowPersistentEvents,
    now,
  });
}

export function progressStore(): ProgressStore {
  store ??= createStore();
  return store;
}
