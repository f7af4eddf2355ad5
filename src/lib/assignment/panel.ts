// The learner's assignment panel as state and actions, with no rendering: what it shows (the
// saved assignment, a refused link, an offered replacement, the status of each assigned part) and
// what the learner can do (answer the offer, remove the assignment). The home page renders it from
// server markup (components/assignment/assignment-panel.ts) and My progress inside its Svelte
// island (AssignmentPanel.svelte): both read this one model, so the rules exist once.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { percent } from '../format';
import { lessonStudy, type LessonCompletionRule, type StudyLesson } from '../progress/completion';
import { quizSummary, ratio } from '../progress/model';
import { statusLabel } from '../progress/results';
import type { LessonStatus } from '../progress/model';
import type { ProgressStore } from '../progress/store';
import type { Assignment } from './link';
import { openAssignment, replaceQuestion, savedAssignment, type AssignmentView } from './saved';

/** The address bar, injected so the model runs without a browser. */
export interface AssignmentAddress {
  /** The page's #fragment, where an assignment link arrives. */
  hash(): string;
  /** Takes the assignment link out of the address, keeping the page and its query. */
  dropLink(): void;
}

/** The browser's address bar. */
export function browserAddress(): AssignmentAddress {
  return {
    hash: () => location.hash,
    dropLink() {
      if (location.hash.includes('assignment='))
        history.replaceState(null, '', location.pathname + location.search);
    },
  };
}

export interface PanelItem {
  id: string;
  /** What the learner has done of it: "Not started", "Done: best 80%"… */
  status: string;
  /** A lesson's status, for its colour class (`status-complete`); none for a quiz. */
  lessonStatus?: LessonStatus;
}

export interface PanelView {
  /** Why the link just opened was refused; empty when it was not. */
  refused: string;
  /** The assignment shown: the store's (kept for this page even when the browser refused it). */
  assignment?: Assignment;
  /** The question to answer before an offered assignment replaces the saved one. */
  question?: string;
  /** The browser would not keep the assignment: it lasts only while the page is open. */
  notKept: boolean;
  /** The assigned lessons, then the assigned quizzes, in course order. */
  lessons: PanelItem[];
  quizzes: PanelItem[];
}

export interface PanelCourse {
  lessons: readonly StudyLesson[];
  quizIds: readonly string[];
  rule: LessonCompletionRule;
}

export interface AssignmentPanelModel {
  view: ReadableAtom<PanelView>;
  /** Reads the link in the address, if any: saves it, refuses it or offers it. Call once. */
  open(): void;
  /** The learner's answer to the offer: replace the saved assignment, or keep it. */
  answer(replace: boolean): void;
  remove(): void;
}

interface Local {
  refused: string;
  offered: AssignmentView['offered'];
  notKept: boolean;
}

export function assignmentPanel(
  store: ProgressStore,
  course: PanelCourse,
  address: AssignmentAddress,
): AssignmentPanelModel {
  const parts = { lessonIds: course.lessons.map((lesson) => lesson.id), quizIds: course.quizIds };
  const local = atom<Local>({ refused: '', offered: undefined, notKept: false });

  function save(value: string): void {
    const kept = store.saveAssignment(value);
    local.set({ ...local.get(), notKept: !kept });
    if (kept) address.dropLink();
  }

  // Follows the saved assignment and the progress, so a change in another tab shows here too.
  const view = computed([store.assignment, store.progress, local], (saved, progress, state) => {
    const assignment = savedAssignment(saved, parts);
    const lessons = assignment
      ? course.lessons
          .filter((lesson) => assignment.lessonIds.includes(lesson.id))
          .map((lesson) => {
            const status = lessonStudy(progress, lesson, course.rule).status;
            return { id: lesson.id, status: statusLabel[status], lessonStatus: status };
          })
      : [];
    const quizzes = assignment
      ? course.quizIds
          .filter((id) => assignment.quizIds.includes(id))
          .map((id) => {
            const summary = quizSummary(progress, id);
            return { id, status: summary ? `Done: best ${percent(ratio(summary.best))}` : 'Not done yet' };
          })
      : [];
    return {
      refused: state.refused,
      notKept: state.notKept,
      lessons,
      quizzes,
      ...(assignment ? { assignment } : {}),
      ...(assignment && state.offered
        ? { question: replaceQuestion(assignment, state.offered.assignment) }
        : {}),
    };
  });

  return {
    view,
    open() {
      const opened = openAssignment(store.assignment.get(), address.hash(), parts);
      local.set({ ...local.get(), refused: opened.refused ?? '', offered: opened.offered });
      if (opened.toSave !== undefined) save(opened.toSave);
      // Refused, or the one already saved: the link has done its work. Offered and not yet
      // answered, the address is its only copy.
      else if (!opened.offered) address.dropLink();
    },
    answer(replace) {
      const { offered } = local.get();
      if (!offered) return;
      local.set({ ...local.get(), offered: undefined });
      if (replace) save(offered.value);
      else address.dropLink();
    },
    remove() {
      store.removeAssignment();
    },
  };
}
