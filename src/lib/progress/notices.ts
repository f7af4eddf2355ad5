// What the learner is told when their progress cannot be kept as usual. Plain text: components
// render it as text, never as markup.
export type NoticeKind =
  'blocked' | 'full' | 'recovered' | 'salvaged' | 'unkept' | 'future' | 'lms-unreachable' | 'lms-unsaved';

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
    'The course could not connect to your LMS, so this visit will not reach your gradebook. Your progress is saved in this browser. To send it later, export it from My progress, open the course from your LMS again and import the file there.',
  'lms-unsaved':
    'Your LMS did not accept your latest progress. Nothing is lost: it is kept in this browser and sent again with your next step and when you close the course.',
};
