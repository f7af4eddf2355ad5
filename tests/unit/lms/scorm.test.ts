import { describe, expect, it } from 'vitest';
import { lmsTracking, type LmsTracking, type LmsRules } from '../../../src/lib/lms/tracking';
import { lessonStatus12, scorm12, scorm2004, scormAdapter } from '../../../src/lib/lms/scorm';
import { emptyProgress } from '../../../src/lib/progress/model';
import { FakeLms } from '../../support/fake-lms';

const rules: LmsRules = {
  lessonIds: ['a', 'b'],
  knowledgeChecks: {},
  lessonCompletion: { reachEnd: true, submitKnowledgeCheck: true },
  quizIds: ['post-test'],
  postTestId: 'post-test',
  passMark: 0.8,
};

const passed: LmsTracking = {
  completion: 'completed',
  success: 'passed',
  score: 0.8667,
  progressMeasure: 1,
  location: 'b#signs',
  suspendData: '{"v":2}',
};

describe('SCORM 1.2 lesson_status', () => {
  it.each([
    ['incomplete', 'unknown', 'incomplete'],
    ['completed', 'unknown', 'completed'],
    ['incomplete', 'failed', 'failed'],
    ['completed', 'failed', 'failed'],
    ['incomplete', 'passed', 'passed'],
    ['completed', 'passed', 'passed'],
  ] as const)('lessons %s and post-test %s report "%s"', (completion, success, status) => {
    expect(lessonStatus12({ completion, success })).toBe(status);
  });
});

describe.each([
  {
    dialect: scorm12,
    expected: {
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '86.67',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_location': 'b#signs',
      'cmi.suspend_data': '{"v":2}',
      'cmi.core.session_time': '01:01:05',
    },
    exit: 'cmi.core.exit',
    locationElement: 'cmi.core.lesson_location',
  },
  {
    dialect: scorm2004,
    expected: {
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.progress_measure': '1',
      'cmi.score.raw': '86.67',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.8667',
      'cmi.location': 'b#signs',
      'cmi.suspend_data': '{"v":2}',
      'cmi.session_time': 'PT1H1M5S',
    },
    exit: 'cmi.exit',
    locationElement: 'cmi.location',
  },
])('$dialect.apiName adapter', ({ dialect, expected, exit, locationElement }) => {
  function launch() {
    const lms = new FakeLms(dialect);
    lms.stored.set(dialect.learnerId, 'learner-7');
    lms.stored.set(dialect.suspendData, 'saved record');
    return lms;
  }

  it('initializes and reads the learner and the saved record', () => {
    const lms = launch();
    const started = scormAdapter(lms.api(), dialect).start();
    expect(started).toEqual({ ok: true, launch: { learnerId: 'learner-7', saved: 'saved record' } });
    expect(lms.calls[0]).toBe(dialect.calls.initialize);
  });

  it.each([
    ['a first launch as an empty record (SCORM 2004 answers "not initialized", 403)', undefined, 0, ''],
    ['the record when a retry succeeds', 'saved record', 2, 'saved record'],
  ])('reads %s', (_, stored, failures, saved) => {
    const lms = launch();
    if (stored === undefined) lms.stored.delete(dialect.suspendData);
    lms.refuseTimes.set(`${dialect.calls.getValue} ${dialect.suspendData}`, failures);
    expect(scormAdapter(lms.api(), dialect).start()).toEqual({
      ok: true,
      launch: { learnerId: 'learner-7', saved },
    });
  });

  it('tells a record the LMS failed to hand over from an empty one, after a few tries', () => {
    const lms = launch();
    lms.refuse.add(`${dialect.calls.getValue} ${dialect.suspendData}`);
    expect(scormAdapter(lms.api(), dialect).start()).toEqual({
      ok: true,
      launch: {
        learnerId: 'learner-7',
        saved: '',
        unread: {
          call: `${dialect.calls.getValue}(${dialect.suspendData})`,
          code: '101',
          message: 'General exception',
        },
      },
    });
    expect(
      lms.calls.filter((call) => call === `${dialect.calls.getValue} ${dialect.suspendData}`),
    ).toHaveLength(3);
  });

  it('reads no learner when the LMS will not say who it is', () => {
    const lms = launch();
    lms.refuse.add(`${dialect.calls.getValue} ${dialect.learnerId}`);
    expect(scormAdapter(lms.api(), dialect).start()).toMatchObject({ ok: true, launch: { learnerId: '' } });
  });

  it('still asks who the learner is when Initialize fails, for the browser to keep their work apart', () => {
    const lms = launch();
    lms.refuse.add(dialect.calls.initialize);
    expect(scormAdapter(lms.api(), dialect).start()).toMatchObject({
      ok: false,
      learnerId: 'learner-7',
      error: { call: dialect.calls.initialize },
    });
    lms.refuse.add(dialect.calls.getValue);
    expect(scormAdapter(lms.api(), dialect).start()).toMatchObject({ ok: false, learnerId: '' });
  });

  it('keeps an unreadable record in a learner comment, without losing one already there', () => {
    const lms = launch();
    if (dialect === scorm12) lms.stored.set('cmi.comments', 'Earlier comment');
    else lms.stored.set('cmi.comments_from_learner._count', '1');
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    expect(adapter.keepAside('{broken\nrecord')).toBe(true);
    adapter.commit();
    const comment =
      dialect === scorm12
        ? lms.stored.get('cmi.comments')
        : lms.stored.get('cmi.comments_from_learner.1.comment');
    expect(comment).toContain(JSON.stringify('{broken\nrecord'));
    expect(comment).not.toMatch(/^\{/);
    if (dialect === scorm12) expect(comment).toMatch(/^Earlier comment\n/);
  });

  it('keeps no comment it cannot fit, and says so', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    expect(adapter.keepAside('x'.repeat(4100))).toBe(false);
    expect(lms.calls.filter((call) => call.startsWith(dialect.calls.setValue))).toEqual([]);
  });

  it('writes the report in its data model', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    expect(adapter.report(passed, 3665)).toEqual({ ok: true });
    for (const [element, value] of Object.entries(expected))
      expect(lms.values.get(element), element).toBe(value);
  });

  it('leaves the score unset before the first post-test attempt', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    adapter.report(lmsTracking(emptyProgress(), rules), 0);
    expect([...lms.values.keys()].filter((key) => key.includes('score'))).toEqual([]);
  });

  it('sends no bookmark before the first lesson (SCORM 2004 runtimes refuse an empty one)', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    expect(adapter.report(lmsTracking(emptyProgress(), rules), 0)).toEqual({ ok: true });
    expect(lms.values.has(locationElement)).toBe(false);
  });

  it('sends only the values that changed since the LMS last accepted them', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    adapter.report(passed, 10);
    lms.calls.length = 0;
    adapter.report({ ...passed, location: 'a' }, 10);
    expect(lms.calls).toEqual([`${dialect.calls.setValue} ${locationElement}`]);
  });

  it('returns the LMS’s own error when it refuses a value, and sends it again next time', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    lms.refuse.add(`${dialect.calls.setValue} ${dialect.suspendData}`);
    expect(adapter.report(passed, 10)).toEqual({
      ok: false,
      error: {
        call: `${dialect.calls.setValue}(${dialect.suspendData})`,
        code: '101',
        message: 'General exception',
      },
    });
    lms.refuse.clear();
    expect(adapter.report(passed, 10)).toEqual({ ok: true });
    expect(lms.values.get(dialect.suspendData)).toBe('{"v":2}');
  });

  it('turns an API that throws into an error, never an exception', () => {
    const adapter = scormAdapter(
      {
        [dialect.calls.initialize]: () => {
          throw new Error('LMS crashed');
        },
      },
      dialect,
    );
    expect(adapter.start()).toMatchObject({
      ok: false,
      error: { call: dialect.calls.initialize, message: 'LMS crashed' },
    });
  });

  it('accepts the boolean true that some LMSs return', () => {
    const api = {
      ...launch().api(),
      [dialect.calls.initialize]: () => true,
      [dialect.calls.commit]: () => true,
    };
    const adapter = scormAdapter(api, dialect);
    expect(adapter.start().ok).toBe(true);
    expect(adapter.commit()).toEqual({ ok: true });
  });

  it('finishes once: resumable exit, time, commit, terminate', () => {
    const lms = launch();
    const adapter = scormAdapter(lms.api(), dialect);
    adapter.start();
    expect(adapter.finish(passed, 3665)).toEqual({ committed: { ok: true }, terminated: { ok: true } });
    expect(adapter.finish(passed, 3700)).toEqual({ committed: { ok: true }, terminated: { ok: true } });
    expect(lms.stored.get(exit)).toBe('suspend');
    expect(lms.stored.get(dialect.sessionTime(0)[0])).toBe(dialect.sessionTime(3665)[1]);
    expect(lms.calls.filter((call) => call === dialect.calls.terminate)).toHaveLength(1);
    expect(lms.calls.at(-2)).toBe(dialect.calls.commit);
  });

  it('tells a refused final commit from a refused Terminate, and terminates either way', () => {
    const finishRefusing = (call: string) => {
      const lms = launch();
      const adapter = scormAdapter(lms.api(), dialect);
      adapter.start();
      lms.refuse.add(call);
      return { lms, result: adapter.finish(passed, 5) };
    };
    const commitRefused = finishRefusing(dialect.calls.commit);
    expect(commitRefused.result).toMatchObject({
      committed: { ok: false, error: { call: dialect.calls.commit } },
      terminated: { ok: true },
    });
    expect(commitRefused.lms.calls.at(-1)).toBe(dialect.calls.terminate);
    const terminateRefused = finishRefusing(dialect.calls.terminate);
    expect(terminateRefused.result).toMatchObject({
      committed: { ok: true },
      terminated: { ok: false, error: { call: dialect.calls.terminate } },
    });
    expect(terminateRefused.lms.stored.get(dialect.suspendData)).toBe(passed.suspendData);
  });
});
