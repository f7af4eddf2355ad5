// The store against the faults of real browsers: blocked storage, a full disk, damaged or
// foreign or newer values, and two tabs saving at once.
import { describe, expect, it, vi } from 'vitest';
import type { PersistentEvents } from '@nanostores/persistent';
import type { StorageLike } from '../../../src/lib/progress/safe-storage';
import type { ProgressStore } from '../../../src/lib/progress/store';
import { BrowserTabs, MemoryStorage, blockedStorage } from '../../support/fake-storage';

const course = ['first', 'second'];
const noEvents: PersistentEvents = {
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
};

/** A page's store, on its own copy of the modules as a separate tab would have. */
async function openPage(
  open: () => StorageLike,
  events: PersistentEvents = noEvents,
  clock = { now: 1000 },
): Promise<ProgressStore & { keys: { progress: string; setAside: string } }> {
  vi.resetModules();
  const { createProgressStore, progressKey, setAsideKey } = await import('../../../src/lib/progress/store');
  const { safeStorage } = await import('../../../src/lib/progress/safe-storage');
  const store = createProgressStore({ storage: safeStorage(open), events, now: () => clock.now });
  // Components subscribe; a subscribed persistent atom listens to other tabs.
  store.progress.subscribe(() => undefined);
  return { ...store, keys: { progress: progressKey, setAside: setAsideKey } };
}

describe('progress store', () => {
  it('saves each change and finds it again on the next page', async () => {
    const browser = new MemoryStorage();
    const page = await openPage(() => browser);
    page.openLesson('first');
    page.visitSection('first', 'the-reflex-loop');
    page.completeLesson('first', course);
    expect(page.notices.get()).toEqual([]);

    const nextPage = await openPage(() => browser);
    expect(nextPage.progress.get().lessons.first?.completedAt).toBe(1000);
    expect(nextPage.progress.get().location).toEqual({
      lessonId: 'first',
      sectionId: 'the-reflex-loop',
      at: 1000,
    });
  });

  it('works from memory when storage is blocked and tells the learner', async () => {
    const page = await openPage(blockedStorage);
    page.openLesson('first');
    page.completeLesson('first', course);
    expect(page.progress.get().lessons.first?.completedAt).toBe(1000);
    expect(page.notices.get()).toEqual(['blocked']);
  });

  it('keeps working when the disk fills up, keeping what was saved', async () => {
    const browser = new MemoryStorage(200);
    const page = await openPage(() => browser);
    page.openLesson('first');
    for (let n = 0; n < 10; n += 1) page.openLesson(`lesson-with-a-long-name-${String(n)}`);
    expect(page.notices.get()).toEqual(['full']);
    // The page has everything; the browser keeps the last record that fitted, whole.
    expect(Object.keys(page.progress.get().lessons)).toHaveLength(11);
    const { decodeProgress } = await import('../../../src/lib/progress/wire');
    const saved = decodeProgress(browser.getItem(page.keys.progress));
    expect(saved.status).toBe('ok');
    expect(saved.progress.lessons.first).toBeDefined();
  });

  it.each([
    ['corrupted', '{"v":1,"r":0,"l":{"fir', 'recovered'],
    ['foreign', '{"theme":"dark"}', 'recovered'],
    ['from a newer version', '{"v":7,"everything":"new"}', 'future'],
  ])('loads over a %s value, sets it aside untouched, and says so', async (_case, raw, notice) => {
    const browser = new MemoryStorage();
    browser.setItem('clonus-course:progress', raw);
    const page = await openPage(() => browser);
    expect(page.progress.get().lessons).toEqual({});
    expect(page.notices.get()).toEqual([notice]);
    page.openLesson('first');
    const setAside = JSON.parse(browser.getItem(page.keys.setAside) ?? '[]') as { raw: string }[];
    expect(setAside.map((entry) => entry.raw)).toEqual([raw]);
  });

  it('salvages the readable part of a damaged value and sets the original aside', async () => {
    const browser = new MemoryStorage();
    const raw = '{"v":1,"r":0,"l":{"first":[5,9,60],"second":"broken"},"q":{}}';
    browser.setItem('clonus-course:progress', raw);
    const page = await openPage(() => browser);
    expect(page.progress.get().lessons).toEqual({ first: { startedAt: 5, completedAt: 9, seconds: 60 } });
    expect(page.notices.get()).toEqual(['salvaged']);
    expect(browser.getItem(page.keys.setAside)).toContain('broken');
  });

  it('never loses either tab’s work when two tabs save before hearing from each other', async () => {
    const tabs = new BrowserTabs();
    const first = tabs.openTab();
    const second = tabs.openTab();
    const one = await openPage(() => first.storage, first.events);
    const two = await openPage(() => second.storage, second.events);

    // Both tabs act; neither has heard the other's storage event yet.
    one.completeLesson('first', course);
    two.openLesson('second');
    two.recordQuizAttempt('check-second', {
      at: 1000,
      seconds: 5,
      score: 1,
      max: 2,
      items: { q1: 'partial' },
    });
    await tabs.deliver();

    for (const tab of [one, two]) {
      const progress = tab.progress.get();
      expect(progress.lessons.first?.completedAt).toBe(1000);
      expect(progress.lessons.second).toBeDefined();
      expect(progress.quizzes['check-second']).toHaveLength(1);
    }
    const saved = tabs.shared.getItem('clonus-course:progress') ?? '';
    expect(saved).toContain('"first"');
    expect(saved).toContain('"second"');
    expect(saved).toContain('check-second');
  });

  it('lets a reset in one tab stand in the other', async () => {
    const tabs = new BrowserTabs();
    const first = tabs.openTab();
    const second = tabs.openTab();
    const clock = { now: 1000 };
    const one = await openPage(() => first.storage, first.events, clock);
    const two = await openPage(() => second.storage, second.events, clock);
    one.completeLesson('first', course);
    await tabs.deliver();
    expect(two.progress.get().lessons.first).toBeDefined();

    clock.now = 2000;
    two.reset();
    await tabs.deliver();
    expect(one.progress.get().lessons).toEqual({});
    expect(one.progress.get().resetAt).toBe(2000);
  });

  it('merges an imported file into the current progress', async () => {
    const page = await openPage(() => new MemoryStorage());
    page.openLesson('second');
    const { exportFileText } = await import('../../../src/lib/progress/transfer');
    const { completeLesson } = await import('../../../src/lib/progress/actions');
    const { emptyProgress } = await import('../../../src/lib/progress/model');
    const file = exportFileText(completeLesson(emptyProgress(), 'first', course, 500), new Date());
    expect(page.importFile(file).ok).toBe(true);
    expect(Object.keys(page.progress.get().lessons).sort()).toEqual(['first', 'second']);
    const before = page.progress.get();
    expect(page.importFile('not a file').ok).toBe(false);
    expect(page.progress.get()).toBe(before);
  });
});
