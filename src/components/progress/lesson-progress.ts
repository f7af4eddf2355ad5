// A lesson page's progress, in plain DOM over the page's store (LessonProgress.astro renders the
// markup with a new learner's values, so nothing moves when this fills it in): records study of
// the lesson (opened, the section in view for resume, time with the page visible, the end
// reached), shows its status by the course's rule (lib/progress/completion.ts) with the steps it
// asks for, each marked done or still needed, and announces what is still needed when the learner
// reaches the end, and completion when the last step is taken (the knowledge check's submission,
// by the quiz island over the same store, may be it). The logic is in lib/progress/lesson-tracking.ts.
import { lessonStudy, statusLabel, studyLesson } from '../../lib/progress/completion';
import { lessonAnnouncer, sectionTracker } from '../../lib/progress/lesson-tracking';
import type { ProgressStore } from '../../lib/progress/store';
import { lessonSteps, type LessonStep } from '../../lib/progress/study-words';
import { planOf, showCourseBar } from './course-bar';

/** Time on the page is saved this often while it stays visible, besides when it is hidden or left. */
const saveEvery = 60_000;

function showSteps(list: Element, steps: readonly LessonStep[]): void {
  const items = steps.map((step, index) => {
    const item = list.children[index] ?? document.createElement('li');
    const mark = item.querySelector('[aria-hidden]') ?? document.createElement('span');
    const state = item.querySelector('.visually-hidden') ?? document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = step.done ? '✓' : '○';
    state.className = 'visually-hidden';
    state.textContent = step.done ? 'Done:' : 'Still needed:';
    item.replaceChildren(mark, ' ', state, ` ${step.text}`);
    return item;
  });
  list.replaceChildren(...items);
}

/**
 * Tracks the lesson whose progress markup is `root` (its `data-lesson`, `data-plan` and
 * `data-check-items`); returns the function that stops, saving the time counted so far.
 */
export function trackLesson(root: HTMLElement, store: ProgressStore): () => void {
  const lessonId = root.dataset.lesson ?? '';
  const plan = planOf(root);
  const checkItems = Number(root.dataset.checkItems ?? 0);
  const lesson = studyLesson(plan, lessonId);
  const statusLine = root.querySelector('.lesson-status-line .status');
  const stepList = root.querySelector('.lesson-steps');
  const live = root.querySelector('[data-lesson-announcement]');
  const announcer = lessonAnnouncer(plan, lesson, checkItems);
  const announce = (message: string | undefined) => {
    if (message !== undefined && live) live.textContent = message;
  };

  let shown = '';
  const stopStatus = store.progress.subscribe((progress) => {
    const study = lessonStudy(progress, lesson, plan.rule);
    const steps = lessonSteps(plan.rule, lesson, checkItems, study);
    // Most changes (a section visited, time added) change nothing shown: the DOM is left alone.
    const next = JSON.stringify([study.status, steps]);
    if (next !== shown) {
      shown = next;
      if (statusLine) {
        statusLine.className = `status status-${study.status}`;
        statusLine.textContent = statusLabel[study.status];
      }
      if (stepList) showSteps(stepList, steps);
    }
    announce(announcer.changed(progress));
  });
  const stopBar = showCourseBar(root, store, plan);

  store.openLesson(lessonId);

  // The section in view, for resume (lib/progress/lesson-tracking.ts says how it is chosen).
  const headings = [
    ...document.querySelectorAll<HTMLElement>('.lesson-body h2[id], #key-points, #knowledge-check'),
  ];
  const ids = headings.map((heading) => heading.id);
  const sections = sectionTracker((id) => {
    if (id) store.visitSection(lessonId, id);
    else store.openLesson(lessonId);
  });
  const trackSection = () => {
    sections.scrolled(
      headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
      innerHeight / 3,
    );
  };
  const arriveAtHash = () => {
    sections.arrived(location.hash, ids);
  };
  const follow = () => {
    sections.userScrolls();
  };
  const userScrolls = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(trackSection);
  };
  arriveAtHash();
  trackSection();
  addEventListener('hashchange', arriveAtHash);
  addEventListener('scroll', onScroll, { passive: true });
  for (const type of userScrolls) addEventListener(type, follow, { passive: true });

  // Reaching the lesson navigation at the foot of the page is reaching the end. If the rule asks
  // for more (the knowledge check), the learner hears what is still needed.
  const end = document.querySelector('[data-lesson-end]');
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    announce(
      announcer.reachedEnd(
        () => store.progress.get(),
        () => store.reachLessonEnd(lessonId),
      ),
    );
    observer.disconnect();
  });
  if (end) observer.observe(end);

  // Time counts while the page is visible, saved when it is hidden or left and every minute.
  let visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
  const saveTime = () => {
    if (visibleSince === undefined) return;
    store.addStudyTime(lessonId, (performance.now() - visibleSince) / 1000);
    visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') visibleSince ??= performance.now();
    else saveTime();
  };
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', saveTime);
  const timer = setInterval(saveTime, saveEvery);

  return () => {
    saveTime();
    stopStatus();
    stopBar();
    cancelAnimationFrame(frame);
    removeEventListener('scroll', onScroll);
    removeEventListener('hashchange', arriveAtHash);
    for (const type of userScrolls) removeEventListener(type, follow);
    removeEventListener('pagehide', saveTime);
    document.removeEventListener('visibilitychange', onVisibility);
    observer.disconnect();
    clearInterval(timer);
  };
}
