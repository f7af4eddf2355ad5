import { describe, expect, it } from 'vitest';
import { checkLearnerName, nameLimit } from '../../src/lib/certificate/name';
import { setLearnerName } from '../../src/lib/progress/actions';
import { emptyProgress } from '../../src/lib/progress/model';
import { decodeProgress, encodeProgress } from '../../src/lib/progress/wire';

describe('the name on a certificate', () => {
  it.each([
    ['  Ada   Lovelace ', 'Ada Lovelace'],
    ['Zoë\u200b Ó Súilleabháin', 'Zoë Ó Súilleabháin'],
    ['李小龍', '李小龍'],
    ['x'.repeat(nameLimit + 5), 'x'.repeat(nameLimit)],
  ])('keeps %j as %j', (typed, kept) => {
    expect(checkLearnerName(typed)).toEqual({ ok: true, name: kept });
  });

  it.each([['   '], ['\u0001\u0002'], ['\u200b\u200e'], ['12345'], ['']])(
    'refuses %j with a reason',
    (typed) => {
      const checked = checkLearnerName(typed);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/at least one letter/);
      expect(setLearnerName(emptyProgress(), typed, 5).learner).toBeUndefined();
    },
  );

  it('is refused from a stored or imported record unless the course would have kept it', () => {
    const stored = encodeProgress({ ...emptyProgress(), learner: { name: '   ', at: 5 } });
    const decoded = decodeProgress(stored);
    expect(decoded.status).toBe('salvaged');
    expect(decoded.progress.learner).toBeUndefined();
  });
});
