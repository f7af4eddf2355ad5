// SCORM 1.2 and SCORM 2004 (4th edition) adapters: one implementation, two dialects. A dialect
// names the API's functions and maps the course's report onto its data model; everything else
// (checking results, reading errors, sending only what changed, finishing once) is shared.
import type { LmsAdapter, LmsError, LmsFinish, LmsResult } from './adapter';
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
  /**
   * Error codes of GetValue that mean "never set", an empty value rather than a failure: SCORM
   * 2004 answers 403 for suspend_data on a first launch; SCORM 1.2 answers '' with no error.
   */
  notSet: readonly string[];
  /**
   * Where a record the course cannot read is kept: the learner comment values to set, given the
   * LMS's current values (`read`, undefined when a read failed); undefined when it cannot be kept
   * (no room, or the current values could not be read).
   */
  comment(note: string, read: (element: string) => string | undefined): [string, string][] | undefined;
  /** Every value of the data model the report sets, in the order they are sent. */
  values(report: LmsTracking): [element: string, value: string][];
  sessionTime(seconds: number): [element: string, value: string];
  /** Marks the session as one to resume from on the next launch. */
  exit: [element: string, value: string];
}

/**
 * The bookmark, once there is one: an empty location is not a value SCORM 2004 runtimes accept
 * (scorm-again answers 406), and refused, it would fail the whole first report.
 */
const bookmark = (element: string, location: string): [string, string][] =>
  location ? [[element, location]] : [];

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
  notSet: [],
  // One comment field (CMIString4096): the note joins what is there, never replaces it.
  comment(note, read) {
    const earlier = read('cmi.comments');
    if (earlier === undefined) return undefined;
    const value = earlier ? `${earlier}\n${note}` : note;
    return value.length <= 4096 ? [['cmi.comments', value]] : undefined;
  },
  values: (report) => [
    ['cmi.core.lesson_status', lessonStatus12(report)],
    ...(report.score === undefined
      ? []
      : ([
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', percentScore(report.score)],
        ] as [string, string][])),
    ...bookmark('cmi.core.lesson_location', report.location),
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
  notSet: ['403'],
  // A list of comments, each a localized string of at most 4,000 characters: the note is the next.
  comment(note, read) {
    const count = Number(read('cmi.comments_from_learner._count') ?? 'unknown');
    if (!Number.isInteger(count) || count < 0 || note.length > 4000) return undefined;
    return [[`cmi.comments_from_learner.${String(count)}.comment`, note]];
  },
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
    ...bookmark('cmi.location', report.location),
    ['cmi.suspend_data', report.suspendData],
  ],
  sessionTime: (seconds) => ['cmi.session_time', isoDuration(seconds)],
  exit: ['cmi.exit', 'suspend'],
};

/** How many times a read is tried before the LMS counts as having failed to hand the value over. */
const readAttempts = 3;

/**
 * The comment that keeps an unreadable record in the LMS, quoted as JSON: one line, every
 * character escaped that a SCORM 2004 localized string refuses (line breaks, a leading "{").
 */
export function asideNote(raw: string): string {
  const quoted = JSON.stringify(raw).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `The course could not read the progress saved for this activity and started afresh; that saved value, unchanged: ${quoted}`;
}

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

  /**
   * Reads an element, telling "empty" from "failed": after GetValue, the LMS's error code says
   * whether '' is a value. A failed read is tried again a few times before it counts.
   */
  function read(element: string): { ok: true; value: string } | { ok: false; error: LmsError } {
    let thrown: unknown;
    for (let attempt = 0; attempt < readAttempts; attempt += 1) {
      try {
        const value = invoke(calls.getValue, element);
        const code = String(invoke(calls.getLastError));
        // Some LMSs answer a count as a number.
        const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        if (code === '0') return { ok: true, value: text };
        if (dialect.notSet.includes(code)) return { ok: true, value: '' };
      } catch (error) {
        thrown = error;
      }
    }
    return failure(`${calls.getValue}(${element})`, thrown);
  }

  const readValue = (element: string) => {
    const result = read(element);
    return result.ok ? result.value : undefined;
  };

  return {
    start() {
      const opened = call(calls.initialize, '');
      // Refused (another window or SCO may hold the session), the LMS may still say who the
      // learner is, so that this browser keeps their work apart from anyone else's.
      if (!opened.ok) return { ...opened, learnerId: readValue(dialect.learnerId) ?? '' };
      const learnerId = readValue(dialect.learnerId) ?? '';
      const record = read(dialect.suspendData);
      return {
        ok: true,
        launch: record.ok
          ? { learnerId, saved: record.value }
          : { learnerId, saved: '', unread: record.error },
      };
    },
    report: (report, sessionSeconds) => set([...dialect.values(report), dialect.sessionTime(sessionSeconds)]),
    keepAside(raw) {
      const values = dialect.comment(asideNote(raw), readValue);
      return values !== undefined && set(values).ok;
    },
    commit: () => call(calls.commit, ''),
    finish(report, sessionSeconds): LmsFinish {
      if (finished) return { committed: { ok: true }, terminated: { ok: true } };
      const values = set([
        ...(report ? dialect.values(report) : []),
        dialect.sessionTime(sessionSeconds),
        dialect.exit,
      ]);
      const committed = values.ok ? call(calls.commit, '') : values;
      const terminated = call(calls.terminate, '');
      finished = true;
      return { committed, terminated };
    },
  };
}
