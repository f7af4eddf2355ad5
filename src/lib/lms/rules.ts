// The course facts an LMS session works from (LmsRules), as the launch page carries them: the
// build writes them as JSON into the course frame's data-rules attribute (src/package/launch.astro)
// and the launch script reads them here. They decide what completion, pass or fail and score reach
// the gradebook, so a damaged value is refused and reported, never used.
import type { LmsRules } from './tracking';
import { parse } from '../validation';
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
  const parsed = parse(rulesSchema, value);
  if (parsed.success) return { ok: true, rules: parsed.output };
  // Each issue names its field by dotted path ("quizIds.1: …", "unknown field passmark").
  return { ok: false, problem: `data-rules is not valid (${parsed.issues.join('; ')})` };
}
