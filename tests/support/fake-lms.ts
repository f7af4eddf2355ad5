// An LMS's SCORM API in memory, speaking either version's function names, for the adapter and
// session tests. It keeps what was set and what was committed apart, as a real LMS does, and can
// be told to refuse any call, always or a number of times.
import type { ScormApi, ScormDialect } from '../../src/lib/lms/scorm';

export class FakeLms {
  /** Values set in this session. */
  readonly values = new Map<string, string>();
  /**
   * Values the LMS has stored: what the next launch reads. Two windows of one learner (see
   * `anotherWindow`) share it, as they share the LMS's database.
   */
  readonly stored: Map<string, string>;
  /** Every call, as "Name" or "Name element". */
  readonly calls: string[] = [];
  /**
   * Calls to refuse: a function name ("LMSCommit") or a call on one element ("SetValue cmi.exit",
   * "GetValue cmi.suspend_data"). A refused GetValue answers '' with error 101, as LMSs do.
   */
  readonly refuse = new Set<string>();
  /** Calls to refuse only the next n times, named as in `refuse`. */
  readonly refuseTimes = new Map<string, number>();
  private lastError = '0';
  /** After Terminate, the LMS refuses every call, as the specs require. */
  private terminated = false;
  private readonly dialect: ScormDialect;

  /** What the runtime hands the course at Initialize: the database as it was when the LMS page loaded. */
  private readonly loaded: Map<string, string>;

  constructor(dialect: ScormDialect, stored = new Map<string, string>(), loaded = stored) {
    this.dialect = dialect;
    this.stored = stored;
    this.loaded = loaded;
  }

  /** A new launch of the same learner: what was committed is what the LMS hands back. */
  relaunch(): FakeLms {
    return new FakeLms(this.dialect, new Map(this.stored));
  }

  /**
   * The same learner's activity open in a second window: its own runtime, the same database. The
   * runtime holds the database as it is now, even if the course starts in it later.
   */
  anotherWindow(): FakeLms {
    return new FakeLms(this.dialect, this.stored, new Map(this.stored));
  }

  commits(): number {
    return this.calls.filter((call) => call.startsWith(this.dialect.calls.commit)).length;
  }

  private refused(name: string, element?: string): boolean {
    if (this.terminated) return true;
    const keys = element === undefined ? [name] : [name, `${name} ${element}`];
    if (keys.some((key) => this.refuse.has(key))) return true;
    const key = keys.find((candidate) => (this.refuseTimes.get(candidate) ?? 0) > 0);
    if (key === undefined) return false;
    this.refuseTimes.set(key, (this.refuseTimes.get(key) ?? 0) - 1);
    return true;
  }

  /**
   * An element never set: SCORM 2004 answers error 403 ("not initialized") for elements with no
   * default, suspend_data among them; SCORM 1.2 answers '' with no error. A count is 0.
   */
  private unset(element: string): string {
    if (element.endsWith('._count')) return '0';
    if (this.dialect.apiName === 'API_1484_11') this.lastError = '403';
    return '';
  }

  api(): ScormApi {
    const { calls } = this.dialect;
    const answer = (refused: boolean) => {
      this.lastError = refused ? '101' : '0';
      return refused ? 'false' : 'true';
    };
    return {
      [calls.initialize]: () => {
        this.calls.push(calls.initialize);
        for (const [key, value] of this.loaded) this.values.set(key, value);
        return answer(this.refused(calls.initialize));
      },
      [calls.getValue]: (element: string) => {
        this.calls.push(`${calls.getValue} ${element}`);
        if (this.refused(calls.getValue, element)) {
          this.lastError = '101';
          return '';
        }
        this.lastError = '0';
        return this.values.get(element) ?? this.unset(element);
      },
      [calls.setValue]: (element: string, value: string) => {
        this.calls.push(`${calls.setValue} ${element}`);
        if (this.refused(calls.setValue, element)) return answer(true);
        // SCORM 2004 runtimes refuse an empty bookmark (scorm-again answers 406, type mismatch).
        if (element === 'cmi.location' && value === '') {
          this.lastError = '406';
          return 'false';
        }
        this.values.set(element, value);
        return answer(false);
      },
      [calls.commit]: () => {
        this.calls.push(calls.commit);
        if (this.refused(calls.commit)) return answer(true);
        for (const [key, value] of this.values) this.stored.set(key, value);
        return answer(false);
      },
      [calls.terminate]: () => {
        this.calls.push(calls.terminate);
        if (this.refused(calls.terminate)) return answer(true);
        for (const [key, value] of this.values) this.stored.set(key, value);
        this.terminated = true;
        return answer(false);
      },
      [calls.getLastError]: () => this.lastError,
      [calls.getErrorString]: (code: string) => (code === '0' ? 'No error' : 'General exception'),
    };
  }
}
