// The course home's progress, in plain DOM over the page's store: each lesson's status in the
// outline, in words with a shape beside it (never colour alone), and "Continue where you left
// off" back to the saved lesson and section. Both follow the store (another tab's study too).
import { lessonStudy, statusLabel, studyLesson, type StudyPlan } from '../../lib/progress/completion';
import { resumePlace, type ResumableLesson } from '../../lib/progress/resume';
import type { ProgressStore } from '../../lib/progress/store';
import { planOf, showCourseBar } from './course-bar';

const marks = { 'not-started': '○', 'in-progress': '◐', complete: '●' } as const;

/** Fills each `[data-lesson-status]` slot (its value: the lesson id) with the lesson's status. */
export function showLessonStatuses(
  slots: Iterable<HTMLElement>,
  store: ProgressStore,
  plan: StudyPlan,
): () => void {
  const list = [...slots];
  return store.progress.subscribe((progress) => {
    for (const slot of list) {
      const { status } = lessonStudy(progress, studyLesson(plan, slot.dataset.lessonStatus ?? ''), plan.rule);
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = marks[status];
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = 'Status:';
      const line = document.createElement('span');
      line.className = `status status-${status}`;
      line.append(mark, ' ', hint, ` ${statusLabel[status]}`);
      slot.replaceChildren(line);
    }
  });
}

/**
 * Shows the resume paragraph `root` (ResumeLink.astro: hidden, with the lessons in `data-lessons`)
 * when the learner has a place to resume, pointing at it.
 */
export function showResumeLink(root: HTMLElement, store: ProgressStore): () => void {
  const lessons = JSON.parse(root.dataset.lessons ?? '[]') as ResumableLesson[];
  const link = root.querySelector('a');
  const place = root.querySelector('.resume-place');
  return store.progress.subscribe((progress) => {
    const resume = resumePlace(progress, lessons);
    root.hidden = resume === undefined;
    if (!resume) return;
    link?.setAttribute('href', resume.href);
    if (place) place.textContent = resume.place;
  });
}

/**
 * The course home: its course bar (`[data-course-bar]`, which carries the plan), the lessons'
 * statuses and the resume link, all over `store`.
 */
export function showHomeProgress(page: ParentNode, store: ProgressStore): () => void {
  const bar = page.querySelector<HTMLElement>('[data-course-bar]');
  const resume = page.querySelector<HTMLElement>('[data-resume]');
  if (!bar) return () => undefined;
  const plan = planOf(bar);
  const stops = [
    showCourseBar(bar, store, plan),
    showLessonStatuses(page.querySelectorAll<HTMLElement>('[data-lesson-status]'), store, plan),
    ...(resume ? [showResumeLink(resume, store)] : []),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
