// The course's content read through the same collection definitions the build wires
// (src/lib/content/collections.ts): every entry is valid and every check the build runs passes.
// The reading and checking themselves are shown failing on fixtures, here and beside each check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentProblems,
  type ContentSource,
  figureContent,
  glossaryContent,
  instructorGuideContent,
  quizContent,
  readContent,
  sourceFactContent,
} from '../../../src/lib/content/collections';
import { contentLocations } from '../../../src/lib/content/locations';
import { projectRoot } from '../../support/project';

/** How many entries a collection has, and what the build's checks find in it. */
function inspect<Schema extends z.ZodType>(source: ContentSource<Schema>) {
  return { entries: readContent(source, projectRoot).length, problems: contentProblems(source, projectRoot) };
}

const collections = [
  ['quizzes', () => inspect(quizContent)],
  ['glossary', () => inspect(glossaryContent)],
  ['instructorGuide', () => inspect(instructorGuideContent)],
  ['figures', () => inspect(figureContent)],
  ['sourceFacts', () => inspect(sourceFactContent)],
] as const;

describe('the course content', () => {
  it.each(collections)("%s: every entry is valid and passes the build's checks", (_name, inspected) => {
    const { entries, problems } = inspected();
    expect(entries).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('has a guide entry per lesson, the reflex-loop figure and the paragraph facts', () => {
    expect(readContent(instructorGuideContent, projectRoot)).toHaveLength(6);
    expect(readContent(figureContent, projectRoot).map((figure) => figure.id)).toEqual(['reflex-loop']);
    expect(readContent(sourceFactContent, projectRoot).length).toBeGreaterThanOrEqual(70);
  });
});

describe('reading a collection', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-collections-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('names the file, the entry and each field its schema refuses', () => {
    const file = join(root, contentLocations.sourceFacts);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      '- heading: Clonus\n  claim: A claim of the source.\n  evidence: [a phrase]\n- heading: Treatment\n  claim: Short\n  evidence: []\n',
    );
    expect(() => readContent(sourceFactContent, root)).toThrow(
      [
        'src/content/source-facts.yaml, entry "2":',
        '- field "heading": Invalid option: expected one of',
      ].join('\n'),
    );
    expect(() => readContent(sourceFactContent, root)).toThrow(/field "claim": .*\n- field "evidence": /s);
  });
});
