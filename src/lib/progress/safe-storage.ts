// localStorage as the course needs it: it never throws. Private windows, blocked cookies and
// some managed browsers throw SecurityError on every access; a full disk throws on writes.
// In either case the course keeps working from memory and says so (see store.ts).

/** The part of the Web Storage API the course uses; a Map-backed fake satisfies it in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why progress is not being kept as usual, if it is not: the browser's storage is blocked or
 * full, or, in an LMS (see lib/lms/session.ts): the LMS could not be reached (and said who the
 * learner is, or not), refused a save, failed to hand over its record, or held a record the
 * course could not read (kept aside in this browser, in the LMS, in both, or nowhere).
 */
export type StorageProblem =
  | 'blocked'
  | 'full'
  | 'lms-unreachable'
  | 'lms-unreachable-shared'
  | 'lms-unsaved'
  | 'lms-unread'
  | 'lms-set-aside'
  | 'lms-set-aside-browser'
  | 'lms-set-aside-lms'
  | 'lms-unkept';

export interface SafeStorage {
  read(key: string): string | null;
  /** Writes, and returns false when the browser refused (nothing already saved is lost). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** True when the value under `key` lives only in this page's memory: the storage refused it. */
  heldInMemory(key: string): boolean;
  /** The first problem met, for the notice; undefined while all is well. */
  problem(): StorageProblem | undefined;
}

/** Written and removed at once, to learn whether writes work. */
const probeKey = 'clonus-course:probe';

function isQuotaError(error: unknown): boolean {
  // Firefox once named it differently; both mean the same.
  return (
    error instanceof DOMException && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(error.name)
  );
}

/**
 * Wraps the storage that `open` returns. `open` itself may throw (reading `window.localStorage`
 * does in a blocked browser): then everything lives in memory for this page.
 */
export function safeStorage(open: () => StorageLike): SafeStorage {
  const memory = new Map<string, string>();
  let storage: StorageLike | undefined;
  let problem: StorageProblem | undefined;
  try {
    storage = open();
    // Some browsers hand out a storage object that throws only when used.
    storage.getItem(probeKey);
  } catch {
    storage = undefined;
    problem = 'blocked';
  }
  // Reading is not saving: a storage can read and refuse every write (a full disk, a managed
  // browser's read-only policy). A probe write finds out before the learner's first change does;
  // what is saved stays readable either way.
  try {
    storage?.setItem(probeKey, '1');
    storage?.removeItem(probeKey);
  } catch (error) {
    problem = isQuotaError(error) ? 'full' : 'blocked';
  }

  return {
    read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        problem ??= 'blocked';
        return null;
      }
    },
    write(key, value) {
      if (storage) {
        try {
          storage.setItem(key, value);
          memory.delete(key);
          return true;
        } catch (error) {
          problem ??= isQuotaError(error) ? 'full' : 'blocked';
        }
      }
      // Kept for this page only; what the browser saved before stays as it was.
      memory.set(key, value);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        problem ??= 'blocked';
      }
    },
    heldInMemory: (key) => memory.has(key),
    problem: () => problem,
  };
}
