import { z } from 'astro/zod';
import { sourceHeadings } from './source-headings';

/**
 * One fact the clinical source states in a paragraph, in `src/content/source-facts.yaml` (a YAML
 * list; an entry's id is its position). Unknown fields are refused. List items and table rows of
 * the source are not listed: the coverage test reads them from the source itself.
 */
export const sourceFactSchema = z.strictObject({
  /** The source heading the paragraph sits under, spelled as in the source. */
  heading: z.enum(sourceHeadings),
  /** The claim, paraphrased from the source, for the coverage test's report. */
  claim: z.string().trim().min(10),
  /**
   * Phrases that show a lesson states the claim: the coverage test (tests/dist/coverage.test.ts)
   * finds each in the built lessons (case, white space and curly quotes aside). At least one.
   */
  evidence: z.array(z.string().trim().min(3)).min(1),
});

export type SourceFact = z.infer<typeof sourceFactSchema>;
