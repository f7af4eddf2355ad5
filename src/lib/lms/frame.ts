// How a course page finds the LMS session that the launch page opened. The launch page puts the
// session on its window under `sessionProperty`; course pages run in a frame inside it, so they
// look up their parents (same origin: the package's own files). A page opened any other way
// finds nothing and behaves as the static site.
import { parentOf, type WindowLike } from './find-api';
import type { LmsSession } from './session';

export const sessionProperty = '__clonusCourseLms';

/** The launch page is the course frame's parent; a few more steps allow for a wrapper or two. */
const maxHops = 5;

function sessionOn(win: WindowLike): LmsSession | undefined {
  try {
    const value = (win as unknown as Record<string, unknown>)[sessionProperty] as
      Partial<LmsSession> | undefined;
    return typeof value?.storage?.read === 'function' ? (value as LmsSession) : undefined;
  } catch {
    return undefined; // another origin's window: not ours
  }
}

export function findLmsSession(win: WindowLike): LmsSession | undefined {
  let current: WindowLike | null = win;
  for (let hop = 0; current && hop <= maxHops; hop += 1) {
    const session = sessionOn(current);
    if (session) return session;
    current = parentOf(current);
  }
  return undefined;
}
