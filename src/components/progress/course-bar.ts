// The course progress bar (CourseBar.astro renders it with a new learner's values): how many
// lessons are complete, in words and as a bar, with the notices about the learner's progress
// below it (storage-notices.ts). Follows the store, so a lesson completed here or in another tab
// shows at once.
import { completedCount, type StudyPlan } from '../../lib/progress/completion';
import type { ProgressStore } from '../../lib/progress/store';
import { showStorageNotices } from './storage-notices';

/** The plan the server wrote into the bar's `data-plan`. */
export function planOf(root: HTMLElement): StudyPlan {
  return JSON.parse(root.dataset.plan ?? '') as StudyPlan;
}

/** Fills in the bar under `root` (CourseBar.astro's markup); returns the function that stops. */
export function showCourseBar(root: HTMLElement, store: ProgressStore, plan: StudyPlan): () => void {
  const label = root.querySelector('.course-progress label');
  const bar = root.querySelector('.course-progress progress');
  const notices = root.querySelector<HTMLElement>('[data-progress-notices]');
  const total = plan.lessons.length;
  const stopBar = store.progress.subscribe((progress) => {
    const done = completedCount(progress, plan);
    if (label) label.textContent = `Course progress: ${String(done)} of ${String(total)} lessons complete`;
    if (bar instanceof HTMLProgressElement) {
      bar.max = total;
      bar.value = done;
      bar.textContent = `${String(done)} of ${String(total)}`;
    }
  });
  const stopNotices = notices ? showStorageNotices(notices, store) : () => undefined;
  return () => {
    stopBar();
    stopNotices();
  };
}
