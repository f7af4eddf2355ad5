// The shape of the stored progress record, version 4 (documented in wire.ts), as valibot
// schemas: apart from wire.ts so they can be bundled and weighed on their own.
import * as v from 'valibot';
import { checkLearnerName } from '../certificate/name';
import { int, record, slug } from '../validation';
import { commentLimit } from './model';

export const currentVersion = 4;

export const time = int(0, 2 ** 32);
export { slug };
const count = int(0, 10_000_000);
export const lessonWire = v.strictTuple([time, time, count]);
export const locationWire = v.strictTuple([slug, v.union([slug, v.literal('')]), time]);
const itemsWire = v.pipe(v.string(), v.regex(/^(?:[a-z0-9][a-z0-9-]{0,63}:[cpi](?:,(?!$)|$))*$/));
const attemptTag = v.pipe(v.string(), v.regex(/^[a-z0-9]{1,8}$/));
const attemptFields = [time, count, count, int(1), itemsWire] as const;
export const attemptWire = v.pipe(
  v.union([v.strictTuple([...attemptFields]), v.strictTuple([...attemptFields, attemptTag])]),
  v.check(([, , score, max]) => score <= max, 'score above max'),
);

const itemIdsWire = v.pipe(v.string(), v.regex(/^(?:[a-z0-9][a-z0-9-]{0,63}(?:,(?!$)|$))*$/));
export const sittingWire = v.strictTuple([int(1, 10_000), time, itemIdsWire]);

export const evaluationWire = v.strictTuple([
  time,
  v.pipe(v.string(), v.regex(/^[ypn]{0,20}$/)),
  int(1, 5),
  v.pipe(v.string(), v.maxLength(commentLimit)),
]);
// A stored name must be one the certificate page would have kept as typed.
const learnerName = v.pipe(
  v.string(),
  v.check((name) => {
    const checked = checkLearnerName(name);
    return checked.ok && checked.name === name;
  }, 'not a name as the course keeps it'),
);
export const learnerWire = v.strictTuple([learnerName, time]);

/** The outer shape; entries inside are checked one by one so a bad one can be dropped alone. */
export const recordWire = v.object({
  v: v.literal(currentVersion),
  r: time,
  l: record(v.string(), v.unknown()),
  p: v.optional(v.unknown()),
  q: record(v.string(), v.unknown()),
  s: v.optional(record(v.string(), v.unknown())),
  c: v.optional(time),
  e: v.optional(v.unknown()),
  n: v.optional(v.unknown()),
});
