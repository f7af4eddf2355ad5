// Finding the LMS's API object the way both SCORM specifications describe: on this window or
// one of its parents, then on the window that opened this one and its parents. The walk is
// bounded, and a window of another origin (which throws when read) ends it quietly.

/** ADL's discovery algorithm gives up after this many steps up a chain of windows. */
export const maxHops = 500;

/** The part of a window the search reads: a property by name, its parent and its opener. */
export interface WindowLike {
  parent: WindowLike | null;
  opener: WindowLike | null;
}

/** An LMS API object: functions by name. */
export type ApiObject = Record<string, unknown>;

function read(win: WindowLike, name: string): ApiObject | undefined {
  try {
    const value = (win as unknown as Record<string, unknown>)[name];
    return value && typeof value === 'object' ? (value as ApiObject) : undefined;
  } catch {
    return undefined;
  }
}

/** The window's parent, or null at the top or where another origin's window stops the walk. */
export function parentOf(win: WindowLike): WindowLike | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** The object on `start` or the nearest parent that has it, and the topmost window reached. */
function searchChain(start: WindowLike, name: string): { found: ApiObject | undefined; top: WindowLike } {
  let win = start;
  for (let hop = 0; hop < maxHops; hop += 1) {
    const found = read(win, name);
    const parent = parentOf(win);
    if (found || !parent) return { found, top: win };
    win = parent;
  }
  return { found: undefined, top: win };
}

function openerOf(win: WindowLike): WindowLike | null {
  try {
    return win.opener;
  } catch {
    return null;
  }
}

/**
 * The object named `name` (API for SCORM 1.2, API_1484_11 for SCORM 2004) on this window or a
 * parent, else on the window that opened the topmost one (an LMS that launches in a new window).
 */
export function findApi(win: WindowLike, name: string): ApiObject | undefined {
  const { found, top } = searchChain(win, name);
  if (found) return found;
  const opener = openerOf(top);
  return opener ? searchChain(opener, name).found : undefined;
}
