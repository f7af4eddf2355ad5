// An LMS's SCORM API in memory, speaking either version's function names, for the adapter and
// session tests. It keeps what was set and what was committed apart, as a real LMS does, and can
// be told to refuse any call.
import type { ScormApi, ScormDialect } from '../../src/lib/lms/scorm';

export class FakeLms {
  /** Values set in this session. */
  readonly values = new Map<string, string>();
  /** Values the LMS has stored: what the next launch reads. */
  readonly stored = new Map<string, string>();
  /** Every call, as "Name(args)". */
  readonly calls: string[] = [];
  /** Calls to refuse: a function name ("LMSCommit") or a set of one element ("SetValue cmi.exit"). */
  readonly refuse = new Set<string>();
  private lastError = '0';
  private readonly dialect: ScormDialect;

  constructor(dialect: ScormDialect) {
    this.dialect = dialect;
  }

  /** A new launch of the same learner: what was committed is what the LMS hands back. */
  relaunch(): FakeLms {
    const next = new FakeLms(this.dialect);
    for (const [key, value] of this.stored) next.stored.set(key, value);
    return next;
  }

  commits(): number {
    return this.calls.filter((call) => call.startsWith(this.dialect.calls.commit)).length;
  }

  api(): ScormApi {
    const { calls } = this.dialect;
    const answer = (refused: boolean) => {
      this.lastError = refused ? '101' : '0';
      return refused ? 'false' : 'true';
    };
    const refused = (name: string, element?: string) =>
      this.refuse.has(name) || (element !== undefined && this.refuse.has(`${name} ${element}`));
    return {
      [calls.initialize]: () => {
        this.calls.push(calls.initialize);
        for (const [key, value] of this.stored) this.values.set(key, value);
        return answer(refused(calls.initialize));
      },
      [calls.getValue]: (element: string) => {
        this.calls.push(`${calls.getValue} ${element}`);
        return this.values.get(element) ?? '';
      },
      [calls.setValue]: (element: string, value: string) => {
        this.calls.push(`${calls.setValue} ${element}`);
        if (refused(calls.setValue, element)) return answer(true);
        this.values.set(element, value);
        return answer(false);
      },
      [calls.commit]: () => {
        this.calls.push(calls.commit);
        if (refused(calls.commit)) return answer(true);
        for (const [key, value] of this.values) this.stored.set(key, value);
        return answer(false);
      },
      [calls.terminate]: () => {
        this.calls.push(calls.terminate);
        if (refused(calls.terminate)) return answer(true);
        for (const [key, value] of this.values) this.stored.set(key, value);
        return answer(false);
      },
      [calls.getLastError]: () => this.lastError,
      [calls.getErrorString]: (code: string) => (code === '0' ? 'No error' : 'General exception'),
    };
  }
}
