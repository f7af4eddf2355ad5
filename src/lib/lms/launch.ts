// The launch page's script: connect, open the session, put it where course pages find it, show
// the course, and commit or finish at the moments that matter.
import { safeStorage } from '../progress/safe-storage';
import { connectLms } from './connect';
import { sessionProperty } from './frame';
import type { LmsRules } from './tracking';
import { startLmsSession } from './session';

export function launchCourse(win: Window, frame: HTMLIFrameElement): void {
  const { version, rules, src } = frame.dataset;
  const session = startLmsSession({
    adapter: connectLms(win, version === 'scorm2004' ? 'scorm2004' : 'scorm12'),
    rules: JSON.parse(rules ?? '{}') as LmsRules,
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
  win.addEventListener('pagehide', () => {
    session.finish();
  });
  frame.src = src ?? 'index.html';
}
