// When a new version of the course is ready, which tab reloads. Only the one whose learner asked:
// the new worker takes over every open tab of the course at once, and a tab that reloaded then on
// its own would drop whatever its learner had not saved yet (a quiz half done). Every other tab
// keeps its page and goes on offering the new version, with its own button. Pure: the update
// prompt (components/offline/UpdatePrompt.astro) feeds it the worker's events and does what it says.

/** What one tab knows about the new version. */
export interface UpdateState {
  /** The learner asked, in this tab, to load the new version. */
  asked: boolean;
  /** The new version's worker already runs this tab's requests (some tab asked for it). */
  active: boolean;
}

/**
 * - `waiting`: a new version is installed and waits for a learner to ask for it;
 * - `asked`: the learner pressed "Load the new version" in this tab;
 * - `took-control`: the new version's worker took over (in this tab or another).
 */
export type UpdateEvent = 'waiting' | 'asked' | 'took-control';

/**
 * - `offer`: show (or keep showing) the prompt with its button;
 * - `activate`: tell the waiting worker to take over, then wait for `took-control`;
 * - `reload`: reload this tab, now on the new version.
 */
export type UpdateAction = 'offer' | 'activate' | 'reload';

export const noUpdate: UpdateState = { asked: false, active: false };

/** The tab's next step on an event, and what it knows afterwards. */
export function nextUpdateStep(
  state: UpdateState,
  event: UpdateEvent,
): { state: UpdateState; action: UpdateAction } {
  switch (event) {
    case 'waiting':
      return { state, action: 'offer' };
    case 'asked':
      return { state: { ...state, asked: true }, action: state.active ? 'reload' : 'activate' };
    case 'took-control':
      return { state: { ...state, active: true }, action: state.asked ? 'reload' : 'offer' };
  }
}

/** The prompt's words: what loading the new version keeps, and what it does not. */
export const updateText = {
  // True with drafts (lib/quiz/draft.ts): an unfinished quiz's answers are saved as they are given
  // and offered back after the reload; a form not yet submitted (the evaluation, the certificate's
  // name) is not saved until it is.
  ready:
    'A new version of this course is ready. Loading it reloads this page: what this browser has saved is kept, answers to an unfinished quiz included (the quiz offers them back), but anything entered on this page and not yet submitted is not.',
  load: 'Load the new version',
  offlineReady: 'This course now works offline on this device, quizzes included.',
  dismiss: 'Dismiss',
};
