// @vitest-environment jsdom
// The launch page's script with damaged rules: the learner is told, and nothing reaches the LMS.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchCourse } from '../../../src/lib/lms/launch';
import { sessionProperty } from '../../../src/lib/lms/frame';

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
