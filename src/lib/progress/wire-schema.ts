// The shape of the stored progress record, version 4 (documented in wire.ts), as checks
// (src/lib/validation.ts): apart from wire.ts so they can be bundled and weighed on their own.
import { checkLearnerName } from '../certificate/name';
import {
  int,
  literal,
  object,
  optional,
  record,
  refine,
  slug,
  text,
  tuple,
  union,
  unknown,
} from '../validation';
import { commentLimit } from './model';

export const currentVersion = 4;

export const time = int(0, 2 ** 32);
export { slug };
const count = int(0, 10_000_000);
export const lessonWire = tuple(time, time, count);
export const locationWire = tuple(slug, union(slug, literal('')), time);
const itemsWire = text(/^(?:[a-z0-9][a-z0-9-]{0,63}:[cpi](?:,(?!$)|$))*$/);
const attemptTag = text(/^[a-z0-9]{1,8}$/);
const attemptFields = [time, count, count, int(1), itemsWire] as const;
export const attemptWire = refine(union(tuple(...attemptFields), tuple(...attemptFields, attemptTag)), [
  ([, , score, max]) => score <= max,
  'score above max',
]);

const itemIdsWire = text(/^(?:[a-z0-9][a-z0-9-]{0,63}(?:,(?!$)|$))*$/);
export const sittingWire = tuple(int(1, 10_000), time, itemIdsWire);

export const evaluationWire = tuple(time, text(/^[ypn]{0,20}$/), int(1, 5), text(undefined, 0, commentLimit));
// A stored name must be one the certificate page would have kept as typed.
const learnerName = refine(text(), [
  (name) => {
    const checked = checkLearnerName(name);
    return checked.ok && checked.name === name;
  },
  'not a name as the course keeps it',
]);
export const learnerWire = tuple(learnerName, time);

/** The outer shape; entries inside are checked one by one so a bad one can be dropped alone. */
export const recordWire = object({
  v: literal(currentVersion),
  r: time,
  l: record(text(), unknown),
  p: optional(unknown),
  q: record(text(), unknown),
  s: optional(record(text(), unknown)),
  c: optional(time),
  e: optional(unknown),
  n: optional(unknown),
});
