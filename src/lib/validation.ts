// The checks the browser runs on what the course reads back (stored progress, drafts, assignment
// links, the LMS launch rules: the *-schema.ts modules). Our own, not a schema library's, for
// weight: issue 16 allows 2,048 B gzip for all of it; zod/mini weighed 10,024 B and valibot,
// whose own functions for these checks are about 2.7 KB before any schema, 4,036 B
// (tests/dist/validator-weight.test.ts, `validation` in bench/budgets.json). Only what these
// schemas use is here. tests/unit/fuzz/validators.test.ts proves it accepts, refuses and returns
// exactly what the zod/mini schemas it replaced did (kept in tests/support/zod-mini-validators.ts).

/**
 * Reads `value`, found at `path` (dotted; '' is the whole value), and returns what it holds; if
 * it is not what is expected, it adds a line saying so to `issues`, and what it returns is
 * meaningless. (Issues rather than exceptions or result objects: fewer bytes, same verdicts.)
 */
export type Check<T> = (value: unknown, path: string, issues: string[]) => T;
type Out<C> = C extends Check<infer T> ? T : never;
declare const optionalKey: unique symbol;
/** A check an object's key may be left out for (type only: at run time, a plain check). */
type Optional<T> = Check<T | undefined> & { [optionalKey]: true };

export type Result<T> = { success: true; output: T } | { success: false; issues: string[] };

/** What `check` makes of `value`, or every issue it found, each naming where. */
export function parse<T>(check: Check<T>, value: unknown): Result<T> {
  const issues: string[] = [];
  const output = check(value, '', issues);
  return issues.length > 0 ? { success: false, issues } : { success: true, output };
}

export const is = <T>(check: Check<T>, value: unknown): value is T => parse(check, value).success;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

function fail(issues: string[], path: string, message: string): never {
  issues.push(`${path || 'the whole value'}: ${message}`);
  return undefined as never;
}

/** How many, in words: "1 to 5", or "at least 1" when there is no upper bound. */
const span = (min: number, max: number) => (max < Infinity ? `${min} to ${max}` : `at least ${min}`);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A number from `min` to `max`; a whole one if `whole`. Finite only, as zod's number() was, and
 * whole means a safe integer, as zod's int() was: beyond 2^53 a number no longer counts seconds
 * or tries exactly.
 */
export const number =
  (min: number, max: number, whole?: boolean): Check<number> =>
  (value, path, issues) =>
    (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
    (value as number) >= min &&
    (value as number) <= max
      ? (value as number)
      : fail(issues, path, `expected a ${whole ? 'whole ' : ''}number from ${min} to ${max}`);

/** A whole number from `min` to `max`. */
export const int = (min: number, max = Number.MAX_SAFE_INTEGER) => number(min, max, true);

/** Text of `min` to `max` characters (UTF-16 units, as zod counted) matching `pattern` if given. */
export const text =
  (pattern?: RegExp, min = 0, max = Infinity): Check<string> =>
  (value, path, issues) =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (!pattern || pattern.test(value))
      ? value
      : fail(
          issues,
          path,
          pattern ? 'not in the expected form' : `expected text of ${span(min, max)} characters`,
        );

/** A lower-case slug: how lesson, quiz, item and option ids are written. */
export const slug = text(/^[a-z0-9][a-z0-9-]{0,63}$/);

export const boolean: Check<boolean> = (value, path, issues) =>
  typeof value === 'boolean' ? value : fail(issues, path, 'expected true or false');

export const unknown: Check<unknown> = (value) => value;

/** One of `values` exactly. */
export const literal =
  <const L extends readonly (string | number)[]>(...values: L): Check<L[number]> =>
  (value, path, issues) =>
    values.includes(value as L[number])
      ? (value as L[number])
      : fail(issues, path, `expected ${values.join(' or ')}`);

/** `check`, or nothing at all. */
export const optional = <T>(check: Check<T>) =>
  ((value, path, issues) => (value === undefined ? undefined : check(value, path, issues))) as Optional<T>;

/** What the first of `options` that fits makes of the value. */
export const union =
  <C extends readonly Check<unknown>[]>(...options: C): Check<Out<C[number]>> =>
  (value, path, issues) => {
    for (const option of options) {
      const own: string[] = [];
      const read = option(value, path, own);
      if (own.length === 0) return read as Out<C[number]>;
    }
    return fail(issues, path, 'fits none of the allowed forms');
  };

/** A list of `min` to `max` items, each fitting `item`. */
export const array =
  <T>(item: Check<T>, min = 0, max = Infinity): Check<T[]> =>
  (value, path, issues) =>
    Array.isArray(value) && value.length >= min && value.length <= max
      ? value.map((entry, index) => item(entry, at(path, index), issues))
      : fail(issues, path, `expected a list of ${span(min, max)} items`);

/** A list of exactly as many items as `items`, each fitting its own. */
export const tuple =
  <C extends readonly Check<unknown>[]>(...items: C): Check<{ -readonly [I in keyof C]: Out<C[I]> }> =>
  (value, path, issues) =>
    Array.isArray(value) && value.length === items.length
      ? (items.map((item, index) => item(value[index], at(path, index), issues)) as never)
      : fail(issues, path, `expected a list of ${items.length} items`);

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type ObjectOut<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Out<S[K]>;
} & { [K in OptionalKeys<S>]?: Out<S[K]> };

/**
 * A JSON object (not an array) with `shape`'s keys, each fitting its check. Other keys are left
 * out of what it returns, or, if `strict`, refused (as zod's object() and strictObject() did).
 */
export const object =
  <S extends Shape>(shape: S, strict?: boolean): Check<{ [K in keyof ObjectOut<S>]: ObjectOut<S>[K] }> =>
  (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, 'expected an object');
    const checked: Record<string, unknown> = {};
    for (const key in shape) {
      const read = shape[key]?.(value[key], at(path, key), issues);
      if (read !== undefined) checked[key] = read;
    }
    for (const key of strict ? Object.keys(value) : []) {
      if (!Object.hasOwn(shape, key)) issues.push(`unknown field ${at(path, key)}`);
    }
    return checked as never;
  };

/**
 * A JSON object whose keys and values each fit a check; what it returns holds the values that
 * fit. An array is refused (`["a"]` is not `{ "0": "a" }`), and "constructor" and "prototype"
 * are keys like any other (a forged record may hold them; tests/unit/progress/merge.test.ts).
 * Only "__proto__" is skipped, as zod did: JSON.parse makes it an own key, but no id can be it.
 */
export const record =
  <T>(key: Check<string>, value: Check<T>): Check<Record<string, T>> =>
  (input, path, issues) => {
    if (!isObject(input)) return fail(issues, path, 'expected an object');
    const checked: Record<string, T> = {};
    for (const [name, entry] of Object.entries(input)) {
      if (name === '__proto__') continue;
      key(name, at(path, name), issues);
      const before = issues.length;
      const read = value(entry, at(path, name), issues);
      if (issues.length === before) checked[name] = read;
    }
    return checked;
  };

/** A rule on a whole value: what it must hold, what to say if not, and which key to name. */
type Rule<T> = readonly [holds: (value: T) => boolean, message: string, key?: string];

/** `check`, then each rule, once the value fits `check`. */
export const refine =
  <T>(check: Check<T>, ...rules: readonly Rule<T>[]): Check<T> =>
  (value, path, issues) => {
    const before = issues.length;
    const read = check(value, path, issues);
    for (const [holds, message, key] of issues.length === before ? rules : []) {
      if (!holds(read)) fail(issues, key ? at(path, key) : path, message);
    }
    return read;
  };
