// An author's mistake must stop the build with a message that names the file and the field.
// These tests run Astro's real content sync (the first step of `astro build`) on small fixtures.
import { describe, expect, it } from 'vitest';
import { lessonFile, syncFixture, validFrontmatter } from '../support/content-fixture';

/** What Astro attaches to a content error: its message and the file it points at. */
interface ContentError {
  message: string;
  loc?: { file?: string };
}

async function syncError(name: string, lessons: Record<string, string>): Promise<ContentError> {
  try {
    await syncFixture(name, lessons);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error(`The content of fixture "${name}" was accepted; it should have been refused.`);
}

describe('lesson authoring mistakes fail the build', () => {
  it('accepts a sound sequence of lessons', async () => {
    await expect(
      syncFixture('sound', {
        'first.mdx': lessonFile(validFrontmatter(1)),
        'second.mdx': lessonFile(validFrontmatter(2)),
      }),
    ).resolves.toBeUndefined();
  });

  it('names the file and the field when a field is missing', async () => {
    const { summary: _dropped, ...withoutSummary } = validFrontmatter(2);
    const error = await syncError('missing-field', {
      'first.mdx': lessonFile(validFrontmatter(1)),
      'no-summary.mdx': lessonFile(withoutSummary),
    });
    expect(error.loc?.file).toMatch(/no-summary\.mdx$/);
    expect(error.message).toMatch(/summary/);
    expect(error.message).toMatch(/Required/);
  });

  it('names the file and the field for a source heading that is not in the source', async () => {
    const error = await syncError('unknown-heading', {
      'invented.mdx': lessonFile({ ...validFrontmatter(1), sourceHeadings: ['Treatment Options'] }),
    });
    expect(error.loc?.file).toMatch(/invented\.mdx$/);
    expect(error.message).toMatch(/sourceHeadings\.0/);
    expect(error.message).toMatch(/Definition of Symptom/);
  });

  it('names the file and the field for an objective that cannot be measured', async () => {
    const error = await syncError('vague-objective', {
      'vague.mdx': lessonFile({ ...validFrontmatter(1), objectives: ['Understand clonus in depth.'] }),
    });
    expect(error.loc?.file).toMatch(/vague\.mdx$/);
    expect(error.message).toMatch(/objectives\.0/);
  });

  it('names both files when two lessons share an order', async () => {
    const error = await syncError('duplicate-order', {
      'one.mdx': lessonFile(validFrontmatter(1)),
      'also-one.mdx': lessonFile(validFrontmatter(1)),
    });
    expect(error.message).toMatch(/field "order": 1 is used by more than one lesson/);
    expect(error.message).toMatch(/lessons\/one\.mdx/);
    expect(error.message).toMatch(/lessons\/also-one\.mdx/);
  });

  it('names the missing position when orders leave a gap', async () => {
    const error = await syncError('gap-in-order', {
      'one.mdx': lessonFile(validFrontmatter(1)),
      'three.mdx': lessonFile(validFrontmatter(3)),
    });
    expect(error.message).toMatch(/field "order": no lesson has order 2/);
  });
});
