// Pieces shared by the schemas that check, in the browser, what the course reads back (stored
// progress, drafts, assignment links, the LMS launch rules). They use valibot, whose functions
// tree-shake one by one, so the browser carries only the checks these schemas use (issue 16:
// at most 2 KB gzip, tests/dist/validator-weight.test.ts).
import * as v from 'valibot';

/**
 * A whole number from `min` to `max`. Safe integers only (as zod's int() was): beyond 2^53 a
 * number no longer counts seconds or tries exactly.
 */
export const int = (min: number, max: number = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));

/** A lower-case slug: how lesson, quiz, item and option ids are written. */
export const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A JSON object whose keys and values each fit a schema; what it returns holds the values as
 * their schema returns them. Not valibot's record(), for two reasons: it takes an array as an
 * object (`["a"]` would pass as `{ "0": "a" }`), and it silently leaves out the keys
 * "constructor" and "prototype", which the course treats as any other id (a forged record may
 * hold them; tests/unit/progress/merge.test.ts). Only "__proto__" is skipped, as zod did:
 * JSON.parse makes it an own key, but no id can be it.
 */
export const record = <Value extends v.GenericSchema>(key: v.GenericSchema<string>, value: Value) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      isJsonObject,
      (issue) => `Invalid type: Expected Object but received ${issue.received}`,
    ),
    v.rawTransform(({ dataset, addIssue }) => {
      const checked: Record<string, v.InferOutput<Value>> = {};
      for (const [name, entry] of Object.entries(dataset.value)) {
        if (name === '__proto__') continue;
        const keyRead = v.safeParse(key, name);
        const valueRead = v.safeParse(value, entry);
        for (const issue of [...(keyRead.issues ?? []), ...(valueRead.issues ?? [])]) {
          const at = {
            type: 'object',
            origin: 'value',
            input: dataset.value,
            key: name,
            value: entry,
          } as const;
          addIssue({ message: issue.message, path: [at, ...(issue.path ?? [])] });
        }
        if (valueRead.success) checked[name] = valueRead.output;
      }
      return checked;
    }),
  );
