// SCORM 1.2 and SCORM 2004 (4th edition) adapters: one implementation, two dialects. A dialect
// names the API's functions and maps the course's report onto its data model; everything else
// (checking results, reading errors, sending only what changed, finishing once) is shared.
import type { LmsAdapter, LmsError, LmsResult } from './adapter';
import type { LmsTracking } from './tracking';
import { cmiTimespan, isoDuration } from './timespan';

/** An LMS API object: functions by name that take and return strings ("true"/"false" for calls). */
export type ScormApi = Record<string, unknown>;

export interface ScormDialect {
  /** The name the LMS gives its API object on a window. */
  apiName: 'API' | 'API_1484_11';
  calls: {
    initialize: string;
    terminate: string;
    getValue: string;
    setValue: string;
    commit: string;
    getLastError: string;
    getErrorString: string;
  };
  learnerId: string;
  suspendData: string;
  /** Every value of the data model the report sets, in the order they are sent. */
  values(report: LmsTracking): [element: string, value: string][];
  sessionTime(seconds: number): [element: string, value: string];
  /** Marks the session as one to resume from on the next launch. */
  exit: [element: string, value: string];
}

/** Score as a percentage with at most two decimals: 0.8 → "80". */
const percentScore = (score: number) => String(Math.round(score * 10_000) / 100);

/**
 * SCORM 1.2 has one status for both completion and success. The mapping:
 * post-test passed → "passed"; post-test tried, never passed → "failed" (a later pass turns it
 * into "passed"); otherwise every lesson complete → "completed"; otherwise "incomplete".
 */
export function lessonStatus12(report: Pick<LmsTracking, 'completion' | 'success'>): string {
  if (report.success !== 'unknown') return report.success;
  return report.completion;
}

export const scorm12: ScormDialect = {
  apiName: 'API',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
  },
  learnerId: 'cmi.core.student_id',
  suspendData: 'cmi.suspend_data',
  values: (report) => [
    ['cmi.core.lesson_status', lessonStatus12(report)],
    ...(report.score === undefined
      ? []
      : ([
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', percentScore(report.score)],
        ] as [string, string][])),
    ['cmi.core.lesson_location', report.location],
    ['cmi.suspend_data', report.suspendData],
  ],
  sessionTime: (seconds) => ['cmi.core.session_time', cmiTimespan(seconds)],
  exit: ['cmi.core.exit', 'suspend'],
};

export const scorm2004: ScormDialect = {
  apiName: 'API_1484_11',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
  },
  learnerId: 'cmi.learner_id',
  suspendData: 'cmi.suspend_data',
  values: (report) => [
    ['cmi.completion_status', report.completion],
    ['cmi.success_status', report.success],
    ['cmi.progress_measure', String(Math.round(report.progressMeasure * 1000) / 1000)],
    ...(report.score === undefined
      ? []
      : ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', percentScore(report.score)],
          ['cmi.score.scaled', String(Math.round(report.score * 10_000) / 10_000)],
        ] as [string, string][])),
    ['cmi.location', report.location],
    ['cmi.suspend_data', report.suspendData],
  ],
  sessionTime: (seconds) => ['cmi.session_time', isoDuration(seconds)],
  exit: ['cmi.exit', 'suspend'],
};

/** An adapter speaking `dialect` to `api`. Never throws: an LMS that throws is an error result. */
export function scormAdapter(api: ScormApi, dialect: ScormDialect): LmsAdapter {
  const { calls } = dialect;
  /** Values the LMS accepted, so unchanged ones are not sent again. */
  const accepted = new Map<string, string>();
  let finished = false;

  function invoke(name: string, ...args: string[]): unknown {
    const fn = api[name];
    if (typeof fn !== 'function') throw new Error(`The LMS API has no ${name}`);
    return (fn as (...a: string[]) => unknown).apply(api, args);
  }

  function failure(call: string, thrown?: unknown): { ok: false; error: LmsError } {
    let code = '';
    let message = thrown instanceof Error ? thrown.message : '';
    try {
      code = String(invoke(calls.getLastError));
      message ||= String(invoke(calls.getErrorString, code));
    } catch {
      // The error itself could not be read: the call's name is all there is to report.
    }
    return { ok: false, error: { call, code, message } };
  }

  function call(name: string, ...args: string[]): LmsResult {
    const label = args.length > 1 ? `${name}(${args[0] ?? ''})` : name;
    try {
      // SCORM returns the string "true"; some LMSs return the boolean.
      return String(invoke(name, ...args)) === 'true' ? { ok: true } : failure(label);
    } catch (thrown) {
      return failure(label, thrown);
    }
  }

  function set(values: [string, string][]): LmsResult {
    for (const [element, value] of values) {
      if (accepted.get(element) === value) continue;
      const result = call(calls.setValue, element, value);
      if (!result.ok) return result;
      accepted.set(element, value);
    }
    return { ok: true };
  }

  function get(element: string): string {
    try {
      const value = invoke(calls.getValue, element);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  }

  return {
    start() {
      const opened = call(calls.initialize, '');
      if (!opened.ok) return opened;
      return { ok: true, launch: { learnerId: get(dialect.learnerId), saved: get(dialect.suspendData) } };
    },
    report: (report, sessionSeconds) => set([...dialect.values(report), dialect.sessionTime(sessionSeconds)]),
    commit: () => call(calls.commit, ''),
    finish(report, sessionSeconds) {
      if (finished) return { ok: true };
      const values = set([
        ...(report ? dialect.values(report) : []),
        dialect.sessionTime(sessionSeconds),
        dialect.exit,
      ]);
      const committed = values.ok ? call(calls.commit, '') : values;
      const terminated = call(calls.terminate, '');
      finished = true;
      return committed.ok ? terminated : committed;
    },
  };
}
