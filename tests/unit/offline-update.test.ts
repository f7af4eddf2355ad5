// Which tab reloads when a new version is loaded: only the one whose learner asked.
import { describe, expect, it } from 'vitest';
import { nextUpdateStep, noUpdate, type UpdateEvent, type UpdateState } from '../../src/lib/offline/update';

/** The actions a tab takes for a run of events, from a fresh page. */
function run(events: UpdateEvent[]): string[] {
  let state: UpdateState = noUpdate;
  return events.map((event) => {
    const step = nextUpdateStep(state, event);
    state = step.state;
    return step.action;
  });
}

describe('loading a new version', () => {
  it('reloads the tab whose learner asked, once the new worker has taken over', () => {
    expect(run(['waiting', 'asked', 'took-control'])).toEqual(['offer', 'activate', 'reload']);
  });

  it('never reloads another tab when the new worker takes over: it goes on offering the new version', () => {
    expect(run(['waiting', 'took-control'])).toEqual(['offer', 'offer']);
    // Even a tab that never heard of the waiting version.
    expect(run(['took-control'])).toEqual(['offer']);
  });

  it('reloads that other tab at once when its own learner asks, the new worker being active already', () => {
    expect(run(['waiting', 'took-control', 'asked'])).toEqual(['offer', 'offer', 'reload']);
  });

  it('waits for the worker when asked twice before it took over', () => {
    expect(run(['waiting', 'asked', 'asked', 'took-control'])).toEqual([
      'offer',
      'activate',
      'activate',
      'reload',
    ]);
  });
});
