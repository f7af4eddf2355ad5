// The glossary's schema and checks, then the course's own glossary against its source and lessons.
import { describe, expect, it } from 'vitest';
import {
  anchorsByLesson,
  contentProblems,
  glossaryContent,
  lessonSources,
  readContent,
} from '../../src/lib/content/collections';
import { collapseWhiteSpace, glossaryProblems, unknownTermProblems } from '../../src/lib/glossary';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { projectRoot } from '../support/project';
import { readSource } from '../support/source';

const valid = {
  id: 'muscle-tone',
  term: 'Muscle tone',
  definition: 'Increased muscle tone makes movement stiff or jerky.',
  source: 'This can lead to increased muscle tone that makes movement stiff or jerky.',
  lesson: 'how-clonus-happens',
  section: 'muscle-tone-and-spasticity',
};

/** The dotted paths of the fields a parse refused. */
function refusedFields(input: unknown): string[] {
  const result = glossaryTermSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('glossary term schema', () => {
  it('accepts a complete term and defaults aliases to none', () => {
    expect(glossaryTermSchema.parse(valid).aliases).toEqual([]);
  });

  it.each(['id', 'term', 'definition', 'source', 'lesson', 'section'])('requires %s', (field) => {
    const term = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
    expect(refusedFields(term)).toEqual([field]);
  });

  it('refuses fields it does not know', () => {
    expect(refusedFields({ ...valid, defintion: 'typo' })).toEqual(['']);
  });

  it.each([
    ['id', 'Muscle tone'],
    ['id', 'muscle--tone'],
    ['section', '#muscle-tone'],
    ['aliases', ['x']],
    ['definition', 'Increased **muscle tone** makes movement stiff or jerky.'],
    ['definition', 'Increased muscle tone makes movement stiff or jerky'],
    ['definition', 'Tone rises. Movement gets stiff. It can also become jerky.'],
    ['source', ''],
  ])('refuses %s = %j', (field, value) => {
    expect(refusedFields({ ...valid, [field]: value })[0]).toMatch(new RegExp(`^${field}`));
  });
});

describe('glossary checks', () => {
  const anchors = new Map([['lesson', ['four-key-features', 'key-points']]]);
  const entry = {
    id: 'clonus',
    source: 'a rhythmic\n  pattern',
    lesson: 'lesson',
    section: 'four-key-features',
  };

  it('finds a quote whatever its white space', () => {
    expect(glossaryProblems('g.yaml', [entry], 'occur in a rhythmic pattern.', anchors)).toEqual([]);
    expect(collapseWhiteSpace(' a \n b\t')).toBe('a b');
  });

  it('names the file, the term and the field of each broken reference or quote', () => {
    const problems = glossaryProblems(
      'g.yaml',
      [
        { ...entry, source: 'not there' },
        { ...entry, id: 'x', lesson: 'missing' },
        { ...entry, id: 'y', section: 'treatment' },
      ],
      'a rhythmic pattern',
      anchors,
    );
    expect(problems).toEqual([
      'g.yaml: term "clonus", field "source": the quote is not in src/source/clonus.txt.',
      'g.yaml: term "x", field "lesson": there is no lesson "missing".',
      'g.yaml: term "y", field "section": lesson "lesson" has no section "treatment" (it has: four-key-features, key-points).',
    ]);
  });

  it('names the lesson file and the id of an unknown term', () => {
    const uses = new Map([['src/content/lessons/one.mdx', ['a', 'z']]]);
    expect(unknownTermProblems('g.yaml', uses, new Set(['a']))).toEqual([
      'src/content/lessons/one.mdx: <Term id="z">: there is no term "z" in g.yaml.',
    ]);
  });
});

describe('the course glossary (src/content/glossary.yaml)', () => {
  const terms = readContent(glossaryContent, projectRoot).map((entry) => entry.data);
  const lessons = lessonSources(projectRoot);

  it("passes the build's checks: quotes in the source, references and uses resolve", () => {
    expect(contentProblems(glossaryContent, projectRoot)).toEqual([]);
  });

  it.each(['upper-motor-neuron', 'reflex-loop', 'muscle-tone', 'spasticity', 'serotonin-syndrome'])(
    'defines %s',
    (id) => {
      expect(terms.map((term) => term.id)).toContain(id);
    },
  );

  it.each(terms.map((term) => [term.id, term] as const))(
    '%s quotes the source word for word',
    (_id, term) => {
      expect(collapseWhiteSpace(readSource())).toContain(collapseWhiteSpace(term.source));
    },
  );

  it.each(terms.map((term) => [term.id, term] as const))('%s is taught where it says', (_id, term) => {
    expect(anchorsByLesson(lessons).get(term.lesson), `${term.lesson}#${term.section}`).toContain(
      term.section,
    );
  });

  it('is used by the lessons only with ids it defines, and each term is used somewhere', () => {
    const used = new Set(lessons.flatMap((lesson) => lesson.termIds));
    const ids = new Set(terms.map((term) => term.id));
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });
});
