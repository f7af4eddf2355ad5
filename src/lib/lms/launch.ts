// The launch page's script: connect, open the session, put it where course pages find it, show
// the course, and commit or finish at the moments that matter.
import { safeStorage } from '../progress/safe-storage';
import { connectLms } from './connect';
import { sessionProperty } from './frame';
import { readLmsRules } from './rules';
import { startLmsSession } from './session';

/**
 * A package whose course facts cannot be read is damaged: nothing is sent to the LMS, the
 * course does not open, and the learner is told, in place of the course.
 */
function reportDamagedPackage(win: Window, frame: HTMLIFrameElement, problem: string): void {
  console.error(`Clonus course: the LMS launch page cannot start: ${problem}`);
  const notice = win.document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.textContent =
    'This course package is damaged: it cannot report to your LMS, so it has not started. Please tell your instructor.';
  frame.replaceWith(notice);
}

export function launchCourse(win: Window, frame: HTMLIFrameElement): void {
  const { version, rules: rulesText, src } = frame.dataset;
  const rules = readLmsRules(rulesText);
  if (!rules.ok) {
    reportDamagedPackage(win, frame, rules.problem);
    return;
  }
  const session = startLmsSession({
    adapter: connectLms(win, version === 'scorm2004' ? 'scorm2004' : 'scorm12'),
    rules: rules.rules,
    local: safeStorage(() => win.localStorage),
    clock: () => Date.now(),
  });
  Object.assign(win, { [sessionProperty]: session });
  // A new course page in the frame means the learner left the last one: a moment to commit.
  frame.addEventListener('load', () => {
    session.flush();
  });
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') session.flush();
  });
  // Leaving: save, commit, finish, in that order. The course page saves its last work (the
  // lesson's study time) on its own pagehide, which the browser fires only after this page's,
  // once the session would be over: so this page gives the course page its pagehide first.
  win.addEventListener('pagehide', () => {
    try {
      frame.contentWindow?.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    } catch {
      // The frame holds a page of another origin, which saves nothing here.
    }
    session.finish();
  });
  frame.src = src ?? 'index.html';
}
