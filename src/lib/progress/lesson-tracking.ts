// What a lesson page does with the learner's reading, as plain logic the page script
// (components/progress/lesson-progress.ts) feeds with what the browser reports: which section to
// resume at, and what to announce when the lesson's status changes.
import { lessonStudy, type LessonStudy, type StudyLesson, type StudyPlan } from './completion';
import type { Progress } from './model';
import { stillNeeded } from './study-words';

/** A section heading of the lesson and where its top is now, relative to the viewport. */
export interface HeadingPosition {
  id: string;
  top: number;
}

export interface SectionTracker {
  /** The page scrolled: the headings in page order with their tops, and the reading line. */
  scrolled(headings: readonly HeadingPosition[], line: number): void;
  /** The address's fragment changed (or the page opened with one): `hash` is `location.hash`. */
  arrived(hash: string, ids: readonly string[]): void;
  /** The learner scrolls on their own (wheel, touch, keys, pointer). */
  userScrolls(): void;
}

/**
 * The section to resume at. While reading, the learner is in the last section whose heading has
 * passed the reading line (the upper third of the screen). Arriving at a section by its link
 * (resume, the table of contents, a shared link), that section stands until the learner scrolls
 * on their own: the browser's own scroll to it, or a heading that cannot reach the top near the
 * end of a page, must not move the resume point elsewhere. `record` hears each new section, ''
 * for the lesson's top (before its first section).
 */
export function sectionTracker(record: (sectionId: string) => void): SectionTracker {
  let section = '';
  let following = true;
  const visit = (id: string) => {
    if (id === section) return;
    section = id;
    record(id);
  };
  return {
    scrolled(headings, line) {
      if (!following) return;
      visit(headings.filter((heading) => heading.top < line).at(-1)?.id ?? '');
    },
    arrived(hash, ids) {
      const target = ids.find((id) => `#${id}` === hash);
      if (target === undefined) return;
      following = false;
      visit(target);
    },
    userScrolls() {
      following = true;
    },
  };
}

/** What the lesson page says as the learner's record changes, and when they reach the end. */
export interface LessonAnnouncer {
  /**
   * The record changed (any tab, the knowledge check's submission): "Lesson complete." when it
   * completed the lesson, else nothing. A lesson already complete when the page opened says nothing.
   */
  changed(progress: Progress): string | undefined;
  /**
   * The learner reached the end, which `reach` records (returning whether it was saved for good):
   * what is still needed, or that the lesson is complete. Undefined if the end was reached before.
   */
  reachedEnd(progress: () => Progress, reach: () => boolean): string | undefined;
}

export function lessonAnnouncer(plan: StudyPlan, lesson: StudyLesson, checkItems: number): LessonAnnouncer {
  const study = (progress: Progress): LessonStudy => lessonStudy(progress, lesson, plan.rule);
  let wasComplete: boolean | undefined;
  // Reaching the end announces for itself: the change it makes is not announced again.
  let reaching = false;
  return {
    changed(progress) {
      const complete = study(progress).status === 'complete';
      const completedNow = !reaching && wasComplete === false && complete;
      wasComplete = complete;
      return completedNow ? 'Lesson complete.' : undefined;
    },
    reachedEnd(progress, reach) {
      if (study(progress()).reachedEnd) return undefined;
      reaching = true;
      let saved: boolean;
      try {
        saved = reach();
      } finally {
        reaching = false;
      }
      const now = study(progress());
      wasComplete = now.status === 'complete';
      if (!wasComplete) return stillNeeded(now, checkItems, saved);
      return saved
        ? 'Lesson complete. Your progress is saved.'
        : 'Lesson complete, but your progress was not saved for good: the note at the top of the page says why.';
    },
  };
}
