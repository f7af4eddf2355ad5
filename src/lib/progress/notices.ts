// What the learner is told when their progress cannot be kept as usual. Plain text: components
// render it as text, never as markup. Each says only what is true where it is shown: the LMS
// notices (lib/lms/session.ts) say where the work is kept, and a notice that says "saved in this
// browser" appears only while this browser keeps it (otherwise the browser's own notice shows).
import type { StorageProblem } from './safe-storage';

export type NoticeKind = 'recovered' | 'salvaged' | 'unkept' | 'future' | StorageProblem;

export const noticeText: Record<NoticeKind, string> = {
  blocked:
    'This browser is not letting the course save anything (private browsing or blocked site data can do this). Your progress works while this page is open but will not be kept. To keep it, export it from My progress before you leave.',
  full: 'This browser’s storage for the course is full, so new progress is kept only while this page is open. What was saved before is safe. To keep everything, export your progress from My progress.',
  recovered:
    'Progress saved in this browser could not be read, so the course has started fresh. The unreadable copy was set aside, not deleted.',
  salvaged:
    'Part of the progress saved in this browser was damaged. Everything that could be read was kept, and the damaged copy was set aside.',
  unkept:
    'Progress saved in this browser could not be read, and there is no room to keep a copy of it. So that nothing is lost, this page will not save over it: what you do now is kept only while the page is open. Download the unreadable copy to keep it, then the course can save again.',
  future:
    'Your progress was saved by a newer version of this course than this page. So as not to overwrite it, this page has stopped saving: reload the page to get the newer version, and your progress with it.',
  'lms-unreachable':
    'The course could not connect to your LMS, so this visit has not reached your gradebook yet. Your progress is saved in this browser under your LMS account, and sent when the course next connects from this browser. From another device, export it from My progress and import it there.',
  'lms-unreachable-shared':
    'The course could not connect to your LMS or learn who you are, so this visit will not reach your gradebook. Your progress is saved in this browser, not under your name: anyone opening the course here this way sees it. To send it, export it from My progress and import it when the course opens from your LMS.',
  'lms-unsaved':
    'Your LMS did not accept your latest progress. Nothing is lost: your progress is kept in this browser and sent again with your next step, when you close the course, or when you next open it here.',
  'lms-unread':
    'Your LMS did not hand over the progress it holds for you, so the course sends it no progress this visit rather than overwrite it. What you do now is kept in this browser and sent when you next open the course here.',
  'lms-set-aside':
    'Your LMS held progress this course could not read, so it has started fresh. That record was not deleted: a copy is kept in this browser, another in your LMS as a comment.',
  'lms-set-aside-browser':
    'Your LMS held progress this course could not read, so it has started fresh. That record was not deleted: a copy is kept in this browser.',
  'lms-set-aside-lms':
    'Your LMS held progress this course could not read, so it has started fresh. That record was not deleted: a copy is kept in your LMS, as a comment.',
  'lms-unkept':
    'Your LMS holds progress this course could not read, and no copy of it could be kept, so the course will not overwrite it and sends no progress this visit. Please tell your instructor. What you do now is kept in this browser.',
};
