// The stored shape of unfinished sittings (documented in draft.ts), as valibot schemas: apart
// from draft.ts so they can be bundled and weighed on their own.
import * as v from 'valibot';
import { int, record, slug as id } from '../validation';

export { id };
const ids = v.pipe(v.array(id), v.maxLength(200));
const response = v.union([
  v.object({ type: v.literal('single'), choice: v.optional(id) }),
  v.object({ type: v.literal('multiple'), choices: ids }),
  v.object({ type: v.literal('matrix'), rows: record(id, id) }),
  v.object({ type: v.literal('ordering'), order: ids }),
  v.object({ type: v.literal('highlight'), selected: ids }),
  v.object({ type: v.picklist(['cloze', 'rationale']), blanks: record(id, id) }),
  v.object({ type: v.literal('bowtie'), condition: v.optional(id), actions: ids, parameters: ids }),
]);
const count = int(0, 2 ** 32);
const itemDraft = v.object({
  attempt: int(0, 20),
  response,
  checked: v.boolean(),
});
export const quizDraft = v.pipe(
  v.object({
    startedAt: count,
    savedAt: count,
    seed: count,
    itemIds: v.pipe(ids, v.minLength(1)),
    items: record(id, itemDraft),
    flagged: v.optional(ids),
    current: v.optional(int(0)),
  }),
  v.check(
    (draft) =>
      (draft.flagged ?? []).every((flag) => draft.itemIds.includes(flag)) &&
      (draft.current ?? 0) < draft.itemIds.length,
    'flags and place within the sitting',
  ),
);
export const draftsWire = v.object({ v: v.literal(1), d: record(v.string(), v.unknown()) });
