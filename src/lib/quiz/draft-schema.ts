// The stored shape of unfinished sittings (documented in draft.ts), as checks
// (src/lib/validation.ts): apart from draft.ts so they can be bundled and weighed on their own.
import {
  array,
  boolean,
  int,
  literal,
  object,
  optional,
  record,
  refine,
  slug as id,
  text,
  union,
  unknown,
} from '../validation';

export { id };
const ids = array(id, 0, 200);
const response = union(
  object({ type: literal('single'), choice: optional(id) }),
  object({ type: literal('multiple'), choices: ids }),
  object({ type: literal('matrix'), rows: record(id, id) }),
  object({ type: literal('ordering'), order: ids }),
  object({ type: literal('highlight'), selected: ids }),
  object({ type: literal('cloze', 'rationale'), blanks: record(id, id) }),
  object({ type: literal('bowtie'), condition: optional(id), actions: ids, parameters: ids }),
);
const count = int(0, 2 ** 32);
const itemDraft = object({
  attempt: int(0, 20),
  response,
  checked: boolean,
});
export const quizDraft = refine(
  object({
    startedAt: count,
    savedAt: count,
    seed: count,
    itemIds: array(id, 1, 200),
    items: record(id, itemDraft),
    flagged: optional(ids),
    current: optional(int(0)),
  }),
  [
    (draft) =>
      (draft.flagged ?? []).every((flag) => draft.itemIds.includes(flag)) &&
      (draft.current ?? 0) < draft.itemIds.length,
    'flags and place within the sitting',
  ],
);
export const draftsWire = object({ v: literal(1), d: record(text(), unknown) });
