// Who holds the learner's record where a page runs, and what each page may truthfully say about
// it: on the static site the browser alone; in an LMS package the LMS, with a copy in the browser.
// A page says only what is true where it is shown (an LMS that cannot be reached has its own
// notice, lib/progress/notices.ts, so the LMS wording never claims a save that did not happen).

export type Keeper = 'browser' | 'lms';

export interface KeeperText {
  /** Under the heading of My progress. */
  progress: string;
  /** "Keep or move your progress" on My progress. */
  keep: string;
  /** Above the course evaluation. */
  evaluation: string;
  /** On the completion report, on screen and in its file. */
  report: string;
  /** On the certificate itself. */
  certificate: string;
}

const browser: KeeperText = {
  progress: 'Everything on this page is kept in this browser only. No account, and nothing is sent anywhere.',
  keep: 'Your progress is saved only in this browser, on this device; nothing is sent anywhere. To continue on another device or browser, export it to a file and import that file there.',
  evaluation: 'Your answers are kept with your progress in this browser; nothing is sent anywhere.',
  report:
    'This report was produced from progress kept in the learner’s own browser. It is a self-reported record, not proof of completion: it has not been verified by an instructor or an LMS.',
  certificate:
    'Self-reported: this certificate was made in the learner’s own browser from progress kept there; it has not been verified by an instructor or an LMS.',
};

const lms: KeeperText = {
  progress:
    'In your LMS, the course sends your progress to the LMS, which holds your record, and keeps a copy in this browser. If the LMS cannot be reached or refuses a save, a notice on the page says so.',
  keep: 'Your LMS holds your record, so you need not move it. An export is a copy for yourself; importing one here adds its work to what this course sends to your LMS.',
  evaluation: 'Your answers are sent to your LMS with your progress, and a copy is kept in this browser.',
  report:
    'This report shows the progress this course holds for you in your LMS. Your LMS keeps the official record of completion and scores.',
  certificate:
    'Your LMS holds the record of this course: completion and the post-test score were sent to it. This page shows the same record.',
};

export function keeperText(keeper: Keeper): KeeperText {
  return keeper === 'lms' ? lms : browser;
}
