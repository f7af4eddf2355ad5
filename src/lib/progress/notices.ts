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
    'The course could not connect to your LMS, so this visit has not reached your gradebook yet. Your progress is saved in this browser, under your LMS account, and is sent to your LMS the next time the course connects to it from this browser. To send it from another device, export it from My progress and import the file in the course there.',
  'lms-unreachable-shared':
    'The course could not connect to your LMS or learn who you are there, so this visit will not reach your gradebook. Your progress is saved in this browser, but not under your name: anyone else who opens the course here this way sees the same record. To send it, export it from My progress, open the course from your LMS again and import the file there.',
  'lms-unsaved':
    'Your LMS did not accept your latest progress. Nothing is lost: your progress is kept in this browser and sent again with your next step, when you close the course, or the next time you open it from your LMS in this browser.',
  'lms-unread':
    'Your LMS did not hand over the progress it holds for you. So as not to overwrite it, the course sends no progress to your LMS during this visit: what you do now is kept in this browser and sent the next time the course opens from your LMS in this browser and can read your record.',
  'lms-set-aside':
    'The progress your LMS held for this course could not be read (it may come from another version of the course), so the course has started fresh. The unreadable record was not deleted: a copy stays in this browser and another in your LMS, as a comment on this activity.',
  'lms-set-aside-browser':
    'The progress your LMS held for this course could not be read (it may come from another version of the course), so the course has started fresh. The unreadable record was not deleted: a copy stays in this browser (your LMS could not keep one).',
  'lms-set-aside-lms':
    'The progress your LMS held for this course could not be read (it may come from another version of the course), so the course has started fresh. The unreadable record was not deleted: a copy stays in your LMS, as a comment on this activity.',
  'lms-unkept':
    'The progress your LMS holds for this course could not be read, and neither your LMS nor this browser could keep a copy of it, so the course will not write over it: no progress reaches your LMS during this visit. Please tell your instructor. What you do now is kept in this browser.',
};
