import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { validFrontmatter } from '../support/lesson-fixtures';

/** The dotted paths of the fields a parse refused, e.g. ["objectives.0"]. */
function refusedFields(input: unknown): string[] {
  const result = lessonSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('lesson schema', () => {
  it('accepts a complete lesson and defaults key terms to none', () => {
    const { keyTerms: _omitted, ...rest } = validFrontmatter(1);
    const parsed = lessonSchema.parse(rest);
    expect(parsed.keyTerms).toEqual([]);
    expect(parsed.order).toBe(1);
  });

  it.each(['title', 'order', 'summary', 'objectives', 'minutes', 'sourceHeadings'])(
    'requires %s',
    (field) => {
      const lesson = Object.fromEntries(Object.entries(validFrontmatter(1)).filter(([key]) => key !== field));
      expect(refusedFields(lesson)).toEqual([field]);
    },
  );

  it('refuses fields it does not know, so typos are not silently ignored', () => {
    expect(refusedFields({ ...validFrontmatter(1), minuts: 5 })).toEqual(['']);
  });

  it.each([
    ['order', 0],
    ['order', 1.5],
    ['minutes', 0],
    ['minutes', '5'],
    ['objectives', []],
    ['sourceHeadings', []],
    ['sourceHeadings', ['Treatment']],
  ])('refuses %s = %j', (field, value) => {
    const refused = refusedFields({ ...validFrontmatter(1), [field]: value });
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((path) => path.startsWith(field))).toBe(true);
  });

  it('accepts objectives that start with a measurable verb and refuses vague ones', () => {
    const lesson = {
      ...validFrontmatter(1),
      objectives: ['Identify the causes of clonus.', 'Know what clonus is.'],
    };
    expect(refusedFields(lesson)).toEqual(['objectives.1']);
  });
});
