// Unfinished sittings kept beside the progress (lib/quiz/drafts-store.ts): in the page's storage,
// with the store's notices when the storage refuses them, and followed across tabs.
import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/lib/progress/safe-storage';
import { createProgressStore, draftsKey, noStorageEvents } from '../../../src/lib/progress/store';
import type { QuizDraft } from '../../../src/lib/quiz/draft';
import { quizDrafts } from '../../../src/lib/quiz/drafts-store';
import { BrowserTabs, MemoryStorage, blockedStorage } from '../../support/fake-storage';

const draft: QuizDraft = {
  startedAt: 100,
  savedAt: 160,
  seed: 7,
  itemIds: ['s1'],
  items: { s1: { attempt: 0, response: { type: 'single', choice: 'b' }, checked: false } },
};

describe('quiz drafts over the progress store', () => {
  it('are saved under their own key, found by the next page, and dropped', () => {
    const browser = new MemoryStorage();
    const open = () =>
      createProgressStore({ storage: safeStorage(() => browser), events: noStorageEvents, now: () => 1 });
    const page = open();
    expect(quizDrafts(page).saveDraft('quiz', draft)).toBe(true);
    expect(browser.getItem(draftsKey)).toContain('quiz');
    const next = quizDrafts(open());
    expect(next.drafts.get()).toEqual({ quiz: draft });
    next.dropDraft('quiz');
    expect(next.drafts.get()).toEqual({});
    expect(quizDrafts(open()).drafts.get()).toEqual({});
  });

  it('are one object per store, so every quiz of a page shares them', () => {
    const store = createProgressStore({
      storage: safeStorage(() => new MemoryStorage()),
      events: noStorageEvents,
      now: () => 1,
    });
    expect(quizDrafts(store)).toBe(quizDrafts(store));
  });

  it('say when the browser keeps them only for this page, with the store’s notice', () => {
    const store = createProgressStore({
      storage: safeStorage(blockedStorage),
      events: noStorageEvents,
      now: () => 1,
    });
    expect(quizDrafts(store).saveDraft('quiz', draft)).toBe(false);
    expect(store.notices.get()).toContain('blocked');
    expect(quizDrafts(store).drafts.get()).toEqual({ quiz: draft });
  });

  it('follow another tab’s changes', () => {
    const tabs = new BrowserTabs();
    const [one, two] = [tabs.openTab(), tabs.openTab()].map((tab) =>
      createProgressStore({ storage: safeStorage(() => tab.storage), events: tab.events, now: () => 1 }),
    );
    if (!one || !two) throw new Error('two tabs');
    quizDrafts(one).saveDraft('quiz', draft);
    expect(quizDrafts(two).drafts.get()).toEqual({ quiz: draft });
    quizDrafts(one).dropDraft('quiz');
    tabs.deliver();
    expect(quizDrafts(two).drafts.get()).toEqual({});
  });
});
