// The JSON inside an assignment link (documented in link.ts), as a valibot schema: apart from
// link.ts so it can be bundled and weighed on its own.
import * as v from 'valibot';
import { slug } from '../validation';

export const assignmentVersion = 1;

export const payloadSchema = v.object({
  v: v.literal(assignmentVersion),
  // Label and date are only strings here: rules.ts says what they may hold, and why not.
  c: v.string(),
  d: v.string(),
  l: v.pipe(v.array(slug), v.maxLength(50)),
  q: v.pipe(v.array(slug), v.maxLength(50)),
});
