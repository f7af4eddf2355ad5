import { describe, expect, it } from 'vitest';
import { findApi, maxHops, type WindowLike } from '../../../src/lib/lms/find-api';
import { findLmsSession, sessionProperty } from '../../../src/lib/lms/frame';

type FakeWindow = WindowLike & Record<string, unknown>;

/** A chain of windows, `depth` frames deep, the last one the top; returns the innermost. */
function frames(
  depth: number,
  top: Record<string, unknown> = {},
  opener: WindowLike | null = null,
): FakeWindow {
  const topWindow: FakeWindow = { ...top, opener, parent: null };
  topWindow.parent = topWindow; // a top window is its own parent
  let win = topWindow;
  for (let n = 0; n < depth; n += 1) win = { parent: win, opener: null };
  return win;
}

/** A window of another origin: reading anything on it throws, as browsers do. */
const foreign = (): WindowLike =>
  new Proxy({} as WindowLike, {
    get() {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });

const api = { LMSInitialize: () => 'true' };

describe('finding the LMS API', () => {
  it('finds it on the window itself and on a parent several frames up', () => {
    expect(findApi(frames(0, { API: api }), 'API')).toBe(api);
    expect(findApi(frames(4, { API: api }), 'API')).toBe(api);
  });

  it('looks only for the name of the version asked for', () => {
    expect(findApi(frames(2, { API: api }), 'API_1484_11')).toBeUndefined();
  });

  it('falls back to the window that opened the course, and its parents', () => {
    const lmsFrame = frames(2, { API_1484_11: api });
    expect(findApi(frames(1, {}, lmsFrame), 'API_1484_11')).toBe(api);
  });

  it(`gives up after ${String(maxHops)} frames`, () => {
    expect(findApi(frames(maxHops + 5, { API: api }), 'API')).toBeUndefined();
    expect(findApi(frames(maxHops - 5, { API: api }), 'API')).toBe(api);
  });

  it('stops quietly at a window of another origin', () => {
    const inner: WindowLike = { parent: foreign(), opener: null };
    expect(findApi(inner, 'API')).toBeUndefined();
    const popup: WindowLike = { parent: null, opener: foreign() };
    expect(findApi(popup, 'API')).toBeUndefined();
  });
});

describe('finding the launch page’s session', () => {
  const session = { storage: { read: () => null } };

  it('finds the session on the parent of a course page', () => {
    expect(findLmsSession(frames(1, { [sessionProperty]: session }))).toBe(session);
  });

  it('finds nothing on a page opened on its own, or with something else under the name', () => {
    expect(findLmsSession(frames(0))).toBeUndefined();
    expect(findLmsSession(frames(1, { [sessionProperty]: { storage: 'not a storage' } }))).toBeUndefined();
    expect(findLmsSession({ parent: foreign(), opener: null })).toBeUndefined();
  });
});
