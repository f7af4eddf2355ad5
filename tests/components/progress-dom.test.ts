// The progress of the home page and a lesson, in plain DOM over a store of its own (no Svelte):
// components/progress/lesson-progress.ts, course-bar.ts, storage-notices.ts and home-progress.ts,
// on the markup their .astro components render, driven and read by role and label as a learner's
// assistive technology would.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showHomeProgress } from '../../src/components/progress/home-progress';
import { trackLesson } from '../../src/components/progress/lesson-progress';
import type { StudyPlan } from '../../src/lib/progress/completion';
import { safeStorage, type StorageLike } from '../../src/lib/progress/safe-storage';
import {
  createProgressStore,
  noStorageEvents,
  progressKey,
  type ProgressStore,
} from '../../src/lib/progress/store';
import { BrowserTabs, MemoryStorage, blockedStorage } from '../support/fake-storage';

const plan: StudyPlan = {
  lessons: [
    { id: 'first', checkId: 'check-first' },
    { id: 'second', checkId: 'check-second' },
  ],
  rule: { reachEnd: true, submitKnowledgeCheck: true },
};
const attempt = { at: 2000, seconds: 60, score: 1, max: 4, items: {} };

/** The course bar as CourseBar.astro renders it, for a new learner. */
const courseBar = `
  <div class="course-progress">
    <label for="course-progress-bar">Course progress: 0 of 2 lessons complete</label>
    <progress id="course-progress-bar" max="2" value="0">0 of 2</progress>
  </div>
  <div class="progress-notices" data-progress-notices></div>`;

/** A lesson page as lessons/[id].astro and LessonProgress.astro render it, for a new learner. */
function lessonPage(): HTMLElement {
  document.body.innerHTML = `
    <main>
      <h1>First lesson</h1>
      <div class="progress-view" data-lesson-progress data-lesson="first" data-check-items="4"
        data-plan='${JSON.stringify(plan)}'>
        <p class="lesson-status-line"><span class="visually-hidden">This lesson:</span> <span class="status status-in-progress">In progress</span></p>
        <ul class="lesson-steps" aria-label="To complete this lesson">
          <li><span aria-hidden="true">○</span> <span class="visually-hidden">Still needed:</span> Read to the end</li>
          <li><span aria-hidden="true">○</span> <span class="visually-hidden">Still needed:</span> Answer all 4 knowledge-check questions</li>
        </ul>
        <p class="visually-hidden" role="status" data-lesson-announcement></p>
        ${courseBar}
      </div>
      <div class="lesson-body">
        <h2 id="the-reflex-loop">The reflex loop</h2>
        <h2 id="key-points">Key points</h2>
      </div>
      <section><h2 id="knowledge-check">Check your understanding</h2></section>
      <nav aria-label="Lessons" data-lesson-end></nav>
    </main>`;
  const root = document.querySelector<HTMLElement>('[data-lesson-progress]');
  if (!root) throw new Error('no lesson progress');
  return root;
}

/** The lesson navigation coming on screen, as the browser's IntersectionObserver would report it. */
let reachEnd: () => void = () => undefined;
class FakeIntersectionObserver {
  private readonly callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback;
  }
  observe() {
    reachEnd = () => {
      this.callback(
        [{ isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    };
  }
  disconnect() {
    reachEnd = () => undefined;
  }
}

let browser: MemoryStorage;
let stops: (() => void)[] = [];
const openStore = (storage: () => StorageLike = () => browser) =>
  createProgressStore({ storage: safeStorage(storage), events: noStorageEvents, now: () => 1000 });

beforeEach(() => {
  browser = new MemoryStorage();
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

function openLesson(store: ProgressStore = openStore()) {
  const stop = trackLesson(lessonPage(), store);
  stops.push(stop);
  return { store, stop };
}
const statusLine = () => document.querySelector('.lesson-status-line')?.textContent;
const steps = () =>
  within(screen.getByRole('list', { name: 'To complete this lesson' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent.replace(/\s+/g, ' ').trim());
const announcement = () => document.querySelector('[data-lesson-announcement]')?.textContent;

describe('a lesson’s progress', () => {
  it('opening the lesson starts it, and the page says what completes it', () => {
    const { store } = openLesson();
    expect(store.progress.get().lessons.first?.startedAt).toBe(1000);
    expect(statusLine()).toBe('This lesson: In progress');
    expect(steps()).toEqual([
      '○ Still needed: Read to the end',
      '○ Still needed: Answer all 4 knowledge-check questions',
    ]);
    expect(screen.getByText('Course progress: 0 of 2 lessons complete')).toBeTruthy();
    expect(announcement()).toBe('');
  });

  it('reaching the end says what is still needed; the knowledge check then completes the lesson, announced', () => {
    const { store } = openLesson();
    reachEnd();
    expect(announcement()).toBe(
      'Reached the end ✓ — still needed to complete this lesson: answer all 4 knowledge-check questions.',
    );
    expect(steps()).toEqual([
      '✓ Done: Read to the end',
      '○ Still needed: Answer all 4 knowledge-check questions',
    ]);
    // The quiz island records its attempt on the same store.
    store.recordQuizAttempt('check-first', attempt);
    expect(announcement()).toBe('Lesson complete.');
    expect(statusLine()).toBe('This lesson: Complete');
    expect(document.querySelector('.lesson-status-line .status')?.className).toBe('status status-complete');
    expect(steps()).toEqual(['✓ Done: Read to the end', '✓ Done: Answer all 4 knowledge-check questions']);
    const bar = screen.getByRole('progressbar', { name: 'Course progress: 1 of 2 lessons complete' });
    expect(bar).toHaveProperty('value', 1);
    expect(bar).toHaveProperty('max', 2);
  });

  it('reaching the end last completes the lesson, and says whether that was saved', () => {
    const store = openStore();
    store.recordQuizAttempt('check-first', attempt);
    openLesson(store);
    reachEnd();
    expect(announcement()).toBe('Lesson complete. Your progress is saved.');
  });

  it('says nothing of a lesson already complete when the page opened', () => {
    const store = openStore();
    store.reachLessonEnd('first');
    store.recordQuizAttempt('check-first', attempt);
    openLesson(store);
    reachEnd();
    store.recordQuizAttempt('check-first', { ...attempt, at: 3000 });
    expect(statusLine()).toBe('This lesson: Complete');
    expect(announcement()).toBe('');
  });

  it('keeps the section the learner arrived at by its link as the place to resume', () => {
    history.replaceState(null, '', '/lessons/first/#key-points');
    const { store } = openLesson();
    expect(store.progress.get().location).toMatchObject({ lessonId: 'first', sectionId: 'key-points' });
    history.replaceState(null, '', '/lessons/first/#knowledge-check');
    dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.progress.get().location).toMatchObject({ sectionId: 'knowledge-check' });
  });

  it('counts the time the page is visible, saved when it is left', () => {
    vi.useFakeTimers({ toFake: ['performance', 'setInterval', 'clearInterval', 'Date'] });
    const { store } = openLesson();
    vi.advanceTimersByTime(30_000);
    dispatchEvent(new Event('pagehide'));
    expect(store.progress.get().lessons.first?.seconds).toBe(30);
    // And every minute while it stays open: the timer's first minute ends 30 s later.
    vi.advanceTimersByTime(30_000);
    expect(store.progress.get().lessons.first?.seconds).toBe(60);
  });

  it('follows another tab’s study: the course bar counts a lesson completed there', () => {
    const tabs = new BrowserTabs();
    const [mine, theirs] = [tabs.openTab(), tabs.openTab()];
    const open = (tab: typeof mine) =>
      createProgressStore({ storage: safeStorage(() => tab.storage), events: tab.events, now: () => 1000 });
    openLesson(open(mine));
    const other = open(theirs);
    other.reachLessonEnd('second');
    other.recordQuizAttempt('check-second', attempt);
    tabs.deliver();
    expect(screen.getByText('Course progress: 1 of 2 lessons complete')).toBeTruthy();
  });
});

describe('notices about the learner’s progress', () => {
  it('say in a status region when the browser keeps nothing', async () => {
    openLesson(openStore(blockedStorage));
    const region = await screen.findByText('About your progress');
    expect(region.closest('[role="status"]')?.textContent).toContain(
      'This browser is not letting the course save anything',
    );
  });

  it('offer the unreadable copy to download when there is no room to keep it, and then save again', async () => {
    const full = new MemoryStorage(60);
    full.setItem(progressKey, 'not progress at all');
    const store = openStore(() => full);
    const created = vi.fn(() => 'blob:copy');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    openLesson(store);
    const button = await screen.findByRole('button', { name: 'Download the unreadable copy' });
    await userEvent.setup().click(button);
    expect(created).toHaveBeenCalledOnce();
    expect(store.unkept.get()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download the unreadable copy' })).toBeNull();
  });
});

/** The course home as index.astro renders it, for a new learner. */
function homePage() {
  const lessons = [
    {
      id: 'first',
      title: 'First lesson',
      href: '/lessons/first/',
      sections: [{ slug: 'the-reflex-loop', text: 'The reflex loop' }],
    },
  ];
  document.body.innerHTML = `
    <main>
      <h1>The course</h1>
      <p class="resume" data-resume data-lessons='${JSON.stringify(lessons)}' hidden>
        <a class="call-to-action" href="#main">Continue where you left off</a>
        <span class="resume-place"></span>
      </p>
      <div class="progress-view" data-course-bar data-plan='${JSON.stringify(plan)}'>${courseBar}</div>
      <ol>
        <li><h3>First lesson</h3><p class="lesson-meta"><span>6 minutes</span><span data-lesson-status="first"></span></p></li>
        <li><h3>Second lesson</h3><p class="lesson-meta"><span>8 minutes</span><span data-lesson-status="second"></span></p></li>
      </ol>
    </main>`;
}

describe('the course home', () => {
  const lessonStatuses = () =>
    [...document.querySelectorAll('[data-lesson-status]')].map((slot) =>
      slot.textContent.replace(/\s+/g, ' ').trim(),
    );

  it('shows each lesson’s status in words and shapes, and no resume link for a new learner', () => {
    homePage();
    stops.push(showHomeProgress(document, openStore()));
    expect(lessonStatuses()).toEqual(['○ Status: Not started', '○ Status: Not started']);
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).toBeNull();
    expect(screen.getByText('Course progress: 0 of 2 lessons complete')).toBeTruthy();
  });

  it('shows the learner’s place to resume and their statuses, following the store', () => {
    const store = openStore();
    store.openLesson('first');
    homePage();
    stops.push(showHomeProgress(document, store));
    expect(screen.getByRole('link', { name: 'Continue where you left off' }).getAttribute('href')).toBe(
      '/lessons/first/',
    );
    expect(document.querySelector('.resume-place')?.textContent).toBe('First lesson');
    store.visitSection('first', 'the-reflex-loop');
    expect(screen.getByRole('link', { name: 'Continue where you left off' }).getAttribute('href')).toBe(
      '/lessons/first/#the-reflex-loop',
    );
    expect(document.querySelector('.resume-place')?.textContent).toBe('First lesson: The reflex loop');
    store.reachLessonEnd('first');
    store.recordQuizAttempt('check-first', attempt);
    expect(lessonStatuses()).toEqual(['● Status: Complete', '○ Status: Not started']);
    expect(document.querySelector('[data-lesson-status="first"] .status')?.className).toBe(
      'status status-complete',
    );
    expect(screen.getByText('Course progress: 1 of 2 lessons complete')).toBeTruthy();
  });
});
