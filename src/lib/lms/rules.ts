// The course facts an LMS session works from (LmsRules), as the launch page carries them: the
// build writes them as JSON into the course frame's data-rules attribute (src/package/launch.astro)
// and the launch script reads them here. They decide what completion, pass or fail and score reach
// the gradebook, so a damaged value is refused and reported, never used.
import * as v from 'valibot';
import type { LmsRules } from './tracking';
import { rulesSchema } from './rules-schema';

export type RulesReading = { ok: true; rules: LmsRules } | { ok: false; problem: string };

/** The rules in `text` (data-rules), or what is wrong with them, naming each field. */
export function readLmsRules(text: string | undefined): RulesReading {
  if (text === undefined) return { ok: false, problem: 'no data-rules attribute' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'data-rules is not JSON' };
  }
  const parsed = v.safeParse(rulesSchema, value);
  if (parsed.success) return { ok: true, rules: parsed.output };
  const fields = parsed.issues.map((issue) => {
    const path = v.getDotPath(issue);
    // A strict object reports a key it does not know as a key that should not be there.
    return issue.type === 'strict_object' && issue.expected === 'never'
      ? `unknown field ${path ?? String(issue.input)}`
      : `${path ?? 'the whole value'}: ${issue.message}`;
  });
  return { ok: false, problem: `data-rules is not valid (${fields.join('; ')})` };
}
