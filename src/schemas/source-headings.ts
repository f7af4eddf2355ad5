/**
 * The headings of the course's only clinical source, `src/source/clonus.txt` (a copy of
 * `../shared/source/clonus.txt`, kept identical by a unit test). Lessons name the headings
 * they cover, so every part of the source can be traced to a lesson and back.
 * Spelled exactly as in the source; `tests/unit/source.test.ts` checks each is a line of it.
 */
export const sourceHeadings = [
  'Clonus',
  'Definition of Symptom',
  'Key Features of Clonus',
  'Possible Causes/Clonus Causes Condition',
  'Other Non-Disease Causes',
  'How It Causes the Symptom',
  'Possible Complications',
  'When to Seek Medical Attention',
] as const;

export type SourceHeading = (typeof sourceHeadings)[number];
