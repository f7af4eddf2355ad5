// Fills in the home page's assignment panel (AssignmentPanel.astro) from the progress store, by
// the rules of lib/assignment/panel.ts: the same words, roles and actions as My progress's Svelte
// panel, for a few hundred bytes instead of a framework. Only text nodes are written, so an
// instructor's label can never become markup.
import { calendarDay, longDate } from '../../lib/format';
import { assignmentPanel, browserAddress, type AssignmentAddress } from '../../lib/assignment/panel';
import type { LessonCompletionRule } from '../../lib/progress/completion';
import { browserProgress } from '../../lib/progress/browser';
import type { ProgressStore } from '../../lib/progress/store';
import { element } from '../dom-element';

export interface PanelOptions {
  /** @default the page's store (lib/progress/browser.ts) */
  store?: ProgressStore;
  /** @default the browser's address bar */
  address?: AssignmentAddress;
}

/** Wires the panel under `root`; returns a function that stops following the store. */
export function mountAssignmentPanel(root: HTMLElement, options: PanelOptions = {}): () => void {
  const store = options.store ?? browserProgress();
  const section = root.querySelector('section');
  const heading = root.querySelector<HTMLElement>('#assignment-heading');
  const label = root.querySelector('[data-assignment-label]');
  const due = root.querySelector('[data-assignment-due]');
  const remove = root.querySelector<HTMLElement>('[data-assignment-remove]');
  if (!section || !heading || !label || !due || !remove)
    throw new Error('The assignment panel lacks its markup');
  const lessonItems = [...root.querySelectorAll<HTMLElement>('li[data-lesson]')];
  const quizItems = [...root.querySelectorAll<HTMLElement>('li[data-quiz]')];
  const rule = JSON.parse(root.dataset.rule ?? '{}') as LessonCompletionRule;
  const panel = assignmentPanel(
    store,
    {
      lessons: lessonItems.map((item) => ({ id: item.dataset.lesson ?? '', checkId: item.dataset.check })),
      quizIds: quizItems.map((item) => item.dataset.quiz ?? ''),
      rule,
    },
    options.address ?? browserAddress(),
  );

  const answer = (replace: boolean) => () => {
    panel.answer(replace);
    heading.focus();
  };
  const replaceButton = element('button', { type: 'button' }, 'Replace');
  const keepButton = element('button', { type: 'button' }, 'Keep');
  replaceButton.addEventListener('click', answer(true));
  keepButton.addEventListener('click', answer(false));
  const question = element('p', { id: 'assignment-offer', role: 'alert' });
  // Inserted whole when there is something to say, so screen readers announce it as it appears.
  const offer = element(
    'div',
    { class: 'notice', role: 'group', 'aria-labelledby': 'assignment-offer' },
    question,
    element('p', {}, replaceButton, ' ', keepButton),
  );
  const notKept = element(
    'p',
    { class: 'notice', role: 'status' },
    "This browser would not save the assignment, so it is shown only while this page is open. The link is still in the address bar: bookmark it or keep your instructor's message to open it again.",
  );
  remove.querySelector('button')?.addEventListener('click', () => {
    panel.remove();
  });

  let refusedShown = false;
  const unsubscribe = panel.view.subscribe((view) => {
    if (view.refused && !refusedShown) {
      refusedShown = true;
      root.prepend(
        element(
          'div',
          { class: 'notice', role: 'alert' },
          element('p', { class: 'notice-title' }, 'This assignment link could not be used'),
          element('p', {}, view.refused),
        ),
      );
    }
    const { assignment } = view;
    section.hidden = !assignment;
    if (!assignment) return;
    if (view.question) {
      question.textContent = view.question;
      if (!offer.isConnected) heading.after(offer);
    } else offer.remove();
    label.textContent = `Assignment from your instructor, labelled “${assignment.classLabel}”.`;
    if (view.notKept) label.after(notKept);
    else notKept.remove();
    due.textContent = longDate(calendarDay(assignment.due));
    const lessons = new Map(view.lessons.map((item) => [item.id, item]));
    for (const item of lessonItems) {
      const shown = lessons.get(item.dataset.lesson ?? '');
      item.hidden = !shown;
      const status = item.querySelector('.status');
      if (shown && status) {
        status.className = `status status-${shown.lessonStatus ?? ''}`;
        status.textContent = shown.status;
      }
    }
    const quizzes = new Map(view.quizzes.map((item) => [item.id, item]));
    for (const item of quizItems) {
      const shown = quizzes.get(item.dataset.quiz ?? '');
      item.hidden = !shown;
      const status = item.querySelector('.status');
      if (shown && status) status.textContent = shown.status;
    }
    remove.hidden = Boolean(view.question);
  });
  panel.open();
  return unsubscribe;
}
