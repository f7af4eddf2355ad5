// @vitest-environment jsdom
// The launch page's script: with damaged rules the learner is told and nothing reaches the LMS;
// on leaving, the course page saves before the session ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchCourse } from '../../../src/lib/lms/launch';
import { sessionProperty } from '../../../src/lib/lms/frame';
import { scorm12 } from '../../../src/lib/lms/scorm';
import { lmsCopyKey, type LmsSession } from '../../../src/lib/lms/session';
import { addStudyTime, openLesson } from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import { progressKey } from '../../../src/lib/progress/store';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/wire';
import { FakeLms } from '../../support/fake-lms';
import { learnerId, lmsTestRules } from '../../support/lms-course';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function launchPage(rules: string) {
  document.body.innerHTML = `<iframe title="Course" data-src="index.html" data-version="scorm12" data-rules='${rules}'></iframe>`;
  const frame = document.querySelector('iframe');
  if (!frame) throw new Error('no frame');
  return frame;
}

describe('launching with damaged rules', () => {
  it('opens no LMS session and no course page, and says the package is damaged', () => {
    const initialize = vi.fn(() => 'true');
    Object.assign(window, { API: { LMSInitialize: initialize } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    launchCourse(window, launchPage('{"lessonIds":["a"],"quizIds":["p"],"postTestId":"p","passMark":80}'));

    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/package is damaged/);
    expect(document.querySelector('iframe')).toBeNull();
    expect(initialize).not.toHaveBeenCalled();
    expect(sessionProperty in window).toBe(false);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/passMark/));
  });
});

describe('leaving the course', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'API');
    Reflect.deleteProperty(window, sessionProperty);
    localStorage.clear();
  });

  it('lets the course page save its last work before the LMS session ends, so nothing is left unsent', () => {
    const lms = new FakeLms(scorm12);
    lms.stored.set(scorm12.learnerId, learnerId);
    Object.assign(window, { API: lms.api() });
    const frame = launchPage(JSON.stringify(lmsTestRules));
    launchCourse(window, frame);
    const session = (window as unknown as Record<string, LmsSession>)[sessionProperty];
    const page = frame.contentWindow;
    if (!session || !page) throw new Error('no session or no course page');
    // The course page saves its study time when it is left, as the lesson tracker does.
    page.addEventListener('pagehide', () => {
      const studied = addStudyTime(openLesson(emptyProgress(), 'one', 5), 'one', 42, 5);
      session.storage.write(progressKey, encodeProgress(studied));
    });

    window.dispatchEvent(new PageTransitionEvent('pagehide'));

    expect(decodeProgress(lms.stored.get(scorm12.suspendData)).progress.lessons.one?.seconds).toBe(42);
    expect(lms.calls.at(-1)).toBe(scorm12.calls.terminate);
    expect(localStorage.getItem(`${lmsCopyKey(learnerId)}:unsent`)).toBeNull();
  });
});
