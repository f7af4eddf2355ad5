// An author's mistake must stop the build with a message that names the file and the field.
// These tests run Astro's real content sync (the first step of `astro build`) on small fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { contentLocations } from '../../src/lib/content/locations';
import { syncFixture, type FixtureContent } from '../support/content-fixture';
import { lessonFile, validFrontmatter } from '../support/lesson-fixtures';
import { projectRoot } from '../support/project';
import { cleanTopicItems } from '../support/lint-fixtures';
import { rawItems } from '../support/quiz-fixtures';

/** What Astro attaches to a content error: its message and the file it points at. */
interface ContentError {
  message: string;
  loc?: { file?: string };
}

async function syncError(
  name: string,
  lessons: Record<string, string>,
  content: FixtureContent = {},
): Promise<ContentError> {
  try {
    await syncFixture(name, lessons, content);
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

describe('quiz authoring mistakes fail the build', () => {
  const lessonWithSection = `${lessonFile(validFrontmatter(1))}\n## Four key features\n\nText.\n`;
  const quizFile = (items: unknown[]) =>
    stringify({
      title: 'A quiz',
      kind: 'topic',
      topic: 'mechanism',
      description: 'A quiz for the tests.',
      items,
    });

  it('accepts a quiz whose references resolve and that breaks no item-writing rule', async () => {
    const quizzes = {
      'quiz.yaml': quizFile(cleanTopicItems({ lesson: 'lesson', section: 'four-key-features' })),
    };
    await expect(
      syncFixture('quiz-sound', { 'lesson.mdx': lessonWithSection }, { quizzes }),
    ).resolves.toBeUndefined();
  });

  it('names the file and the item when a referenced section does not exist', async () => {
    const ref = { lesson: 'lesson', section: 'treatment' };
    const quizzes = { 'quiz.yaml': quizFile([{ ...rawItems.single, ref }]) };
    const error = await syncError('quiz-bad-section', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(
      /src\/quizzes\/quiz\.yaml: item "s1", field "ref\.section": lesson "lesson" has no section "treatment"/,
    );
  });

  it('names the file and the item when a referenced lesson does not exist', async () => {
    const ref = { lesson: 'missing', section: 'four-key-features' };
    const quizzes = { 'quiz.yaml': quizFile([{ ...rawItems.single, ref }]) };
    const error = await syncError('quiz-bad-lesson', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(/quiz\.yaml: item "s1", field "ref\.lesson": there is no lesson "missing"/);
  });

  it('names the file and the item when an item has no correct answer', async () => {
    const single = { ...rawItems.single, ref: { lesson: 'lesson', section: 'four-key-features' } };
    const noKey = { ...single, options: single.options.map((option) => ({ ...option, correct: false })) };
    const quizzes = { 'quiz.yaml': quizFile([noKey]) };
    const error = await syncError('quiz-no-key', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.loc?.file).toMatch(/quiz\.yaml$/);
    expect(error.message).toMatch(/Item "s1" must have exactly one correct option/);
  });

  it('names both files when two knowledge checks close the same lesson', async () => {
    const ref = { lesson: 'lesson', section: 'four-key-features' };
    const items = ['k1', 'k2', 'k3'].map((id) => ({ ...rawItems.single, id, ref }));
    const check = stringify({
      title: 'A check',
      kind: 'knowledge-check',
      lesson: 'lesson',
      description: 'A check for the tests.',
      items,
    });
    const quizzes = { 'check-a.yaml': check, 'check-b.yaml': check };
    const error = await syncError('quiz-two-checks', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(
      /src\/quizzes\/check-a\.yaml: field "lesson": lesson "lesson" already has a knowledge check \(src\/quizzes\/check-b\.yaml\)/,
    );
  });

  it('names the file and the item when an evidence passage is not in the source', async () => {
    const ref = { lesson: 'lesson', section: 'four-key-features' };
    const invented = {
      ...rawItems.single,
      ref,
      evidence: ['Clonus always stops once the client drinks water.'],
    };
    const quizzes = { 'quiz.yaml': quizFile([invented]) };
    const error = await syncError('quiz-bad-evidence', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(
      /src\/quizzes\/quiz\.yaml: item "s1": field "evidence\.0": "Clonus always stops once the client drinks water\." is not in src\/source\/clonus\.txt/,
    );
  });

  it('names the file and the item of an item-lint error', async () => {
    const ref = { lesson: 'lesson', section: 'four-key-features' };
    const quizzes = { 'quiz.yaml': quizFile([{ ...rawItems.single, ref }]) };
    const error = await syncError('quiz-lint-error', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(
      /src\/quizzes\/quiz\.yaml: item "s1": has 3 options; .* \[too-few-options\]/,
    );
    expect(error.message).toMatch(/src\/quizzes\/quiz\.yaml: item "s1": has no `evidence`/);
  });

  it('names the file and the line of a YAML mistake', async () => {
    const quizzes = { 'quiz.yaml': 'title: [unclosed\n' };
    const error = await syncError('quiz-bad-yaml', { 'lesson.mdx': lessonWithSection }, { quizzes });
    expect(error.message).toMatch(/src\/quizzes\/quiz\.yaml: .*line 2/s);
  });
});

describe('glossary authoring mistakes fail the build', () => {
  const lessonWithSection = `${lessonFile(validFrontmatter(1))}\n## Four key features\n\nText.\n`;
  const term = {
    id: 'clonus',
    term: 'Clonus',
    definition:
      'Clonus is a neurological sign marked by involuntary muscle contractions in a rhythmic pattern.',
    source:
      'Clonus is a neurological sign marked by involuntary muscle contractions that occur in a rhythmic pattern.',
    lesson: 'lesson',
    section: 'four-key-features',
  };
  const usingTerm = (id: string) => `${lessonWithSection}\nA <Term id="${id}">term</Term> in use.\n`;
  const glossary = (...terms: unknown[]) => ({ glossary: stringify(terms) });

  it('accepts a glossary whose quotes, references and uses resolve', async () => {
    await expect(
      syncFixture('glossary-sound', { 'lesson.mdx': usingTerm('clonus') }, glossary(term)),
    ).resolves.toBeUndefined();
  });

  it('names the file and the field when a term misses its definition', async () => {
    const { definition: _dropped, ...withoutDefinition } = term;
    const error = await syncError(
      'glossary-missing-field',
      { 'lesson.mdx': lessonWithSection },
      glossary(withoutDefinition),
    );
    expect(error.loc?.file).toMatch(/content\/glossary\.yaml$/);
    expect(error.message).toMatch(/clonus/);
    expect(error.message).toMatch(/definition/);
  });

  it('names the file, the term and the field when a quote is not in the source', async () => {
    const invented = { ...term, source: 'Clonus is cured by rest alone.' };
    const error = await syncError(
      'glossary-bad-quote',
      { 'lesson.mdx': lessonWithSection },
      glossary(invented),
    );
    expect(error.message).toMatch(
      /src\/content\/glossary\.yaml: term "clonus", field "source": the quote is not in src\/source\/clonus\.txt/,
    );
  });

  it('names the file, the term and the field when the section does not exist', async () => {
    const error = await syncError(
      'glossary-bad-section',
      { 'lesson.mdx': lessonWithSection },
      glossary({ ...term, section: 'treatment' }),
    );
    expect(error.message).toMatch(
      /src\/content\/glossary\.yaml: term "clonus", field "section": lesson "lesson" has no section "treatment"/,
    );
  });

  it('names the lesson file and the id when a lesson uses an unknown term', async () => {
    const error = await syncError(
      'glossary-unknown-term',
      { 'lesson.mdx': usingTerm('spastisity') },
      glossary(term),
    );
    expect(error.message).toMatch(
      /src\/content\/lessons\/lesson\.mdx: <Term id="spastisity">: there is no term "spastisity"/,
    );
  });
});

describe('other content mistakes fail the build', () => {
  const lessons = { 'lesson.mdx': lessonFile(validFrontmatter(1)) };

  it('names the file and the field when a lesson has no instructor guide entry', async () => {
    const error = await syncError('guide-missing-lesson', lessons, { instructorGuide: 'lessons: {}\n' });
    expect(error.message).toMatch(
      /src\/content\/instructor-guide\.yaml: field "lessons": no entry for lesson/,
    );
  });

  it('names the file and the field when a figure quotes what the source does not say', async () => {
    const figure = readFileSync(join(projectRoot, contentLocations.figures, 'reflex-loop.yaml'), 'utf8');
    const invented = figure.replace(
      'source: Upper motor neuron lesions\n',
      'source: Upper motor neuron lesions heal\n',
    );
    const error = await syncError('figure-bad-quote', lessons, { figures: { 'reflex-loop.yaml': invented } });
    expect(error.message).toMatch(
      /src\/content\/figures\/reflex-loop\.yaml: field "parts\.lesion\.source": the quote is not in src\/source\/clonus\.txt/,
    );
  });

  it('names the file and the field of a source fact the schema refuses', async () => {
    const sourceFacts = stringify([
      { heading: 'Treatment', claim: 'A claim of no heading.', evidence: ['a phrase'] },
    ]);
    const error = await syncError('source-fact-bad-heading', lessons, { sourceFacts });
    expect(error.loc?.file).toMatch(/content\/source-facts\.yaml$/);
    expect(error.message).toMatch(/heading/);
  });
});
