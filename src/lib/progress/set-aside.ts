// Values kept aside for recovery before anything writes over them: a JSON list of the last few,
// newest last, under one key. The store keeps the browser's unreadable progress this way
// (store.ts), and an LMS session the LMS's unreadable records (lib/lms/browser-copy.ts).
import type { SafeStorage } from './safe-storage';

/** Adds `raw` to the list under `key`, keeping the last `limit`; false when the storage would not keep it. */
export function keepAside(
  storage: SafeStorage,
  key: string,
  raw: string,
  at: number,
  limit: number,
): boolean {
  let kept: { at: number; raw: string }[] = [];
  try {
    const parsed: unknown = JSON.parse(storage.read(key) ?? '[]');
    if (Array.isArray(parsed)) kept = parsed as typeof kept;
  } catch {
    // A damaged list is replaced: it only ever holds copies.
  }
  if (kept.some((entry) => entry.raw === raw)) return !storage.heldInMemory(key);
  return storage.write(key, JSON.stringify([...kept, { at, raw }].slice(-limit)));
}
