// The store against the faults of real browsers: blocked storage, a full disk, damaged or
// foreign or newer values, and two tabs saving at once.
import { describe, expect, it } from 'vitest';
import { reachLessonEnd } from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import { safeStorage, type StorageLike } from '../../../src/lib/progress/safe-storage';
import {
  createProgressStore,
  noStorageEvents,
  progressKey,
  setAsideKey,
  type StorageEvents,
} from '../../../src/lib/progress/store';
import { exportFileText, importProgressFile } from '../../../src/lib/progress/transfer';
import { decodeProgress } from '../../../src/lib/progress/wire';
import { BrowserTabs, MemoryStorage, blockedStorage } from '../../support/fake-storage';

const course = ['first', 'second'];

/** A page's store: each call is a new page, as a reload or another tab would open. */
function openPage(open: () => StorageLike, events: StorageEvents = noStorageEvents, clock = { now: 1000 }) {
  return createProgressStore({ storage: safeStorage(open), events, now: () => clock.now });
}

describe('progress store', () => {
  it('saves each change and finds it again on the next page', () => {
    const browser = new MemoryStorage();
    const page = openPage(() => browser);
    page.openLesson('first');
    page.visitSection('first', 'the-reflex-loop');
    page.reachLessonEnd('first');
    expect(page.notices.get()).toEqual([]);

    const nextPage = openPage(() => browser);
    expect(nextPage.progress.get().lessons.first?.endReachedAt).toBe(1000);
    expect(nextPage.progress.get().location).toEqual({
      lessonId: 'first',
      sectionId: 'the-reflex-loop',
      at: 1000,
    });
  });

  it('works from memory when storage is blocked and tells the learner', () => {
    const page = openPage(blockedStorage);
    page.openLesson('first');
    page.reachLessonEnd('first');
    expect(page.progress.get().lessons.first?.endReachedAt).toBe(1000);
    expect(page.notices.get()).toEqual(['blocked']);
  });

  it('keeps working when the disk fills up, keeping what was saved', () => {
    const browser = new MemoryStorage(200);
    const page = openPage(() => browser);
    page.openLesson('first');
    for (let n = 0; n < 10; n += 1) page.openLesson(`lesson-with-a-long-name-${String(n)}`);
    expect(page.notices.get()).toEqual(['full']);
    // The page has everything; the browser keeps the last record that fitted, whole.
    expect(Object.keys(page.progress.get().lessons)).toHaveLength(11);
    const saved = decodeProgress(browser.getItem(progressKey));
    expect(saved.status).toBe('ok');
    expect(saved.progress.lessons.first).toBeDefined();
  });

  it.each([
    ['corrupted', '{"v":1,"r":0,"l":{"fir', 'recovered'],
    ['foreign', '{"theme":"dark"}', 'recovered'],
  ])('loads over a %s value, sets it aside untouched, and says so', (_case, raw, notice) => {
    const browser = new MemoryStorage();
    browser.setItem('clonus-course:progress', raw);
    const page = openPage(() => browser);
    expect(page.progress.get().lessons).toEqual({});
    expect(page.notices.get()).toEqual([notice]);
    page.openLesson('first');
    const setAside = JSON.parse(browser.getItem(setAsideKey) ?? '[]') as { raw: string }[];
    expect(setAside.map((entry) => entry.raw)).toEqual([raw]);
  });

  it('never writes over a record saved by a newer version, and says to reload', () => {
    const browser = new MemoryStorage();
    const newer = '{"v":7,"everything":"new"}';
    browser.setItem(progressKey, newer);
    const page = openPage(() => browser);
    expect(page.notices.get()).toEqual(['future']);
    expect(page.openLesson('first')).toBe(false);
    expect(page.progress.get().lessons.first).toBeDefined();
    expect(browser.getItem(progressKey)).toBe(newer);
  });

  it('stops saving when another tab, on a newer version, saves a newer record', () => {
    const tabs = new BrowserTabs();
    const [oldTab, newTab] = [tabs.openTab(), tabs.openTab()];
    const page = openPage(() => oldTab.storage, oldTab.events);
    page.openLesson('first');
    const newer = '{"v":7,"everything":"new"}';
    newTab.storage.setItem(progressKey, newer);
    tabs.deliver();
    expect(page.notices.get()).toEqual(['future']);
    expect(page.reachLessonEnd('first')).toBe(false);
    expect(tabs.shared.getItem(progressKey)).toBe(newer);
  });

  it('with no room to set an unreadable value aside, keeps it untouched until the learner takes it', () => {
    const damaged = `{"v":2,"r":0,"l":${'x'.repeat(150)}`;
    const browser = new MemoryStorage(220);
    browser.setItem(progressKey, damaged);
    const page = openPage(() => browser);
    expect(page.notices.get()).toContain('unkept');
    expect(page.notices.get()).not.toContain('recovered');
    expect(page.unkept.get()).toBe(damaged);
    expect(page.openLesson('first')).toBe(false);
    expect(browser.getItem(progressKey)).toBe(damaged);

    page.releaseUnkept();
    expect(page.notices.get()).not.toContain('unkept');
    expect(page.unkept.get()).toBeNull();
    expect(decodeProgress(browser.getItem(progressKey)).progress.lessons.first).toBeDefined();
  });

  it('salvages the readable part of a damaged value and sets the original aside', () => {
    const browser = new MemoryStorage();
    const raw = '{"v":1,"r":0,"l":{"first":[5,9,60],"second":"broken"},"q":{}}';
    browser.setItem('clonus-course:progress', raw);
    const page = openPage(() => browser);
    expect(page.progress.get().lessons).toEqual({ first: { startedAt: 5, endReachedAt: 9, seconds: 60 } });
    expect(page.notices.get()).toEqual(['salvaged']);
    expect(browser.getItem(setAsideKey)).toContain('broken');
  });

  it('never loses either tab’s work when two tabs save before hearing from each other', () => {
    const tabs = new BrowserTabs();
    const first = tabs.openTab();
    const second = tabs.openTab();
    const one = openPage(() => first.storage, first.events);
    const two = openPage(() => second.storage, second.events);

    // Both tabs act; neither has heard the other's storage event yet.
    one.reachLessonEnd('first');
    two.openLesson('second');
    two.recordQuizAttempt('check-second', {
      at: 1000,
      seconds: 5,
      score: 1,
      max: 2,
      items: { q1: 'partial' },
    });
    tabs.deliver();

    for (const tab of [one, two]) {
      const progress = tab.progress.get();
      expect(progress.lessons.first?.endReachedAt).toBe(1000);
      expect(progress.lessons.second).toBeDefined();
      expect(progress.quizzes['check-second']).toHaveLength(1);
    }
    const saved = tabs.shared.getItem('clonus-course:progress') ?? '';
    expect(saved).toContain('"first"');
    expect(saved).toContain('"second"');
    expect(saved).toContain('check-second');
  });

  it('counts a quiz finished in two tabs in the same second with the same score as two attempts', () => {
    const tabs = new BrowserTabs();
    const [first, second] = [tabs.openTab(), tabs.openTab()];
    const one = openPage(() => first.storage, first.events);
    const two = openPage(() => second.storage, second.events);
    const attempt = { at: 1000, seconds: 5, score: 1, max: 2, items: {} };
    one.recordQuizAttempt('check-first', attempt);
    two.recordQuizAttempt('check-first', attempt);
    tabs.deliver();
    for (const tab of [one, two]) expect(tab.progress.get().quizzes['check-first']).toHaveLength(2);
  });

  it('lets a reset in one tab stand in the other', () => {
    const tabs = new BrowserTabs();
    const first = tabs.openTab();
    const second = tabs.openTab();
    const clock = { now: 1000 };
    const one = openPage(() => first.storage, first.events, clock);
    const two = openPage(() => second.storage, second.events, clock);
    one.reachLessonEnd('first');
    tabs.deliver();
    expect(two.progress.get().lessons.first).toBeDefined();

    clock.now = 2000;
    two.reset();
    tabs.deliver();
    expect(one.progress.get().lessons).toEqual({});
    expect(one.progress.get().resetAt).toBe(2000);
  });

  it('merges an imported file into the current progress, and says whether it was saved', () => {
    const clock = { now: Date.UTC(2026, 0, 10) / 1000 };
    const ids = { lessonIds: course, quizIds: [] };
    const page = openPage(() => new MemoryStorage(), noStorageEvents, clock);
    page.openLesson('second');
    const file = exportFileText(reachLessonEnd(emptyProgress(), 'first', clock.now - 500), new Date());
    const importFile = (store: typeof page, text: string) => importProgressFile(store, text, ids, clock.now);
    expect(importFile(page, file)).toMatchObject({ ok: true, saved: true });
    expect(Object.keys(page.progress.get().lessons).sort()).toEqual(['first', 'second']);
    const before = page.progress.get();
    expect(importFile(page, 'not a file').ok).toBe(false);
    expect(page.progress.get()).toBe(before);
    const blocked = openPage(blockedStorage, noStorageEvents, clock);
    expect(importFile(blocked, file)).toMatchObject({ ok: true, saved: false });
  });

  it('keeps each store on its own storage: a second store never reroutes the first one’s saves', () => {
    const [mine, theirs] = [new MemoryStorage(), new MemoryStorage()];
    const one = openPage(() => mine);
    const two = openPage(() => theirs);
    one.openLesson('first');
    two.openLesson('second');
    one.reachLessonEnd('first');
    expect(decodeProgress(mine.getItem(progressKey)).progress.lessons).toEqual({
      first: { startedAt: 1000, endReachedAt: 1000, seconds: 0 },
    });
    expect(Object.keys(decodeProgress(theirs.getItem(progressKey)).progress.lessons)).toEqual(['second']);
  });

  it('says whether each change was saved for good', () => {
    const full = new MemoryStorage(100);
    const page = openPage(() => full);
    expect(page.openLesson('first')).toBe(true);
    expect(page.openLesson('a-lesson-with-a-name-long-enough-to-fill-the-disk')).toBe(false);
    expect(page.notices.get()).toEqual(['full']);
    expect(openPage(blockedStorage).openLesson('first')).toBe(false);
  });

  it('stops hearing from other tabs once stopped', () => {
    const tabs = new BrowserTabs();
    const [first, second] = [tabs.openTab(), tabs.openTab()];
    const one = openPage(() => first.storage, first.events);
    const two = openPage(() => second.storage, second.events);
    two.stop();
    one.openLesson('first');
    tabs.deliver();
    expect(two.progress.get().lessons).toEqual({});
  });
});

describe('the saved assignment, kept by the store', () => {
  it('is saved, found by the next page, and removed', () => {
    const browser = new MemoryStorage();
    const page = openPage(() => browser);
    expect(page.assignment.get()).toBeNull();
    expect(page.saveAssignment('link-value')).toBe(true);
    expect(openPage(() => browser).assignment.get()).toBe('link-value');
    page.removeAssignment();
    expect(openPage(() => browser).assignment.get()).toBeNull();
  });

  it('follows a save in another tab', () => {
    const tabs = new BrowserTabs();
    const [first, second] = [tabs.openTab(), tabs.openTab()];
    const one = openPage(() => first.storage, first.events);
    const two = openPage(() => second.storage, second.events);
    one.saveAssignment('link-value');
    tabs.deliver();
    expect(two.assignment.get()).toBe('link-value');
  });

  it('says when it could not be kept, and keeps it for this page', () => {
    const page = openPage(blockedStorage);
    expect(page.saveAssignment('link-value')).toBe(false);
    expect(page.assignment.get()).toBe('link-value');
    expect(page.notices.get()).toEqual(['blocked']);
  });
});
