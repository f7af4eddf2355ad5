// The LMS activity as the package tests drive it: launch the course in the harness page
// (harness.ts), read what the course reported in either SCORM data model, close the activity.
import type { Page } from '@playwright/test';
import { course } from '../../../src/course';
import type { ScormVersion } from '../../../integrations/lms/files.ts';

export type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown>;
  score?: Record<string, unknown>;
};

export interface LaunchOptions {
  version: ScormVersion;
  /** What the LMS holds for the learner, as scorm-again's JSON (see `savedFor`). */
  saved?: unknown;
  /** Another SCO holds the session: the course's Initialize fails. */
  failInitialize?: boolean;
  /** Where scorm-again posts each commit (harness.ts `commitUrl`): the test plays the LMS's server. */
  commitUrl?: string;
  /** Elements the LMS fails to read: GetValue answers '' with error 101. */
  failGetValue?: string[];
}

interface Harness {
  launch(options: LaunchOptions): void;
  close(): void;
  cmi(): Cmi;
}
declare global {
  interface Window {
    harness: Harness;
  }
}

/** Opens the activity; returns the course's frame. */
export async function launch(page: Page, options: LaunchOptions) {
  await page.evaluate((launchOptions) => {
    window.harness.launch(launchOptions);
  }, options);
  return page.frameLocator('iframe[title="LMS activity"]').frameLocator(`iframe[title="${course.title}"]`);
}

/** The LMS closes the activity, as when the learner leaves it. */
export async function close(page: Page) {
  await page.evaluate(() => {
    window.harness.close();
  });
}

export const cmiOf = (page: Page) => page.evaluate(() => window.harness.cmi());

/** The values that matter, read the same way from either data model. */
export function reported(version: ScormVersion, cmi: Cmi) {
  if (version === 'scorm12') {
    return {
      status: cmi.core?.lesson_status,
      score: cmi.core && (cmi.core.score as Record<string, unknown>),
      location: cmi.core?.lesson_location,
      exit: cmi.core?.exit,
      sessionTime: cmi.core?.session_time,
      suspendData: String(cmi.suspend_data),
    };
  }
  return {
    status: `${String(cmi.completion_status)} ${String(cmi.success_status)}`,
    score: cmi.score,
    location: cmi.location,
    exit: cmi.exit,
    sessionTime: cmi.session_time,
    suspendData: String(cmi.suspend_data),
    progressMeasure: cmi.progress_measure,
  };
}

export const learnerId = 'learner-42';

/**
 * What an LMS hands back on a launch: the learner and, after an earlier session (`cmi`, as that
 * session left it), the bookmark and the resume data; or, given `suspendData`, that record.
 */
export function savedFor(version: ScormVersion, cmi?: Cmi, suspendData?: string) {
  const data =
    suspendData !== undefined ? { suspend_data: suspendData } : cmi ? { suspend_data: cmi.suspend_data } : {};
  if (version === 'scorm12') {
    return {
      core: {
        student_id: learnerId,
        ...(cmi ? { entry: 'resume', lesson_location: cmi.core?.lesson_location } : {}),
      },
      ...data,
    };
  }
  return {
    learner_id: learnerId,
    ...(cmi ? { entry: 'resume', location: cmi.location } : {}),
    ...data,
  };
}
