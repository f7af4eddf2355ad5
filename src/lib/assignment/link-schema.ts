// The JSON inside an assignment link (documented in link.ts), as a check (src/lib/validation.ts):
// apart from link.ts so it can be bundled and weighed on its own.
import { array, literal, object, slug, text } from '../validation';

export const assignmentVersion = 1;

export const payloadSchema = object({
  v: literal(assignmentVersion),
  // Label and date are only strings here: rules.ts says what they may hold, and why not.
  c: text(),
  d: text(),
  l: array(slug, 0, 50),
  q: array(slug, 0, 50),
});
