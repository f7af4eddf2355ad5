// The glossary's schema and checks, then the course's own glossary against its source and lessons.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collapseWhiteSpace, glossaryProblems, termIdsIn, unknownTermProblems } from '../../src/lib/glossary';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary';
import { readSource } from '../support/source';
import { anchorsByLesson } from '../support/quiz-files';

const root = resolve(import.meta.dirname, '../..');
const lessonsFolder = join(root, 'src', 'content', 'lessons');

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

  it('reads the ids of <Term> uses, whatever the attribute order and quotes', () => {
    const mdx = `A <Term id="a">a</Term>, <Term  id='b'>b</Term> and <Term data-x="1" id="c">c</Term>. <Terms id="no">`;
    expect(termIdsIn(mdx)).toEqual(['a', 'b', 'c']);
  });

  it('names the lesson file and the id of an unknown term', () => {
    const lessons = new Map([['src/content/lessons/one.mdx', '<Term id="a">a</Term> <Term id="z">z</Term>']]);
    expect(unknownTermProblems(lessons, new Set(['a']))).toEqual([
      'src/content/lessons/one.mdx: <Term id="z">: there is no term "z" in src/glossary.yaml.',
    ]);
  });
});

describe('the course glossary (src/glossary.yaml)', () => {
  const raw = parse(readFileSync(join(root, 'src', 'glossary.yaml'), 'utf8')) as unknown[];
  const terms: GlossaryTerm[] = raw.map((entry) => glossaryTermSchema.parse(entry));
  const lessonSources = readdirSync(lessonsFolder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(join(lessonsFolder, file), 'utf8'));

  it('has unique ids', () => {
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
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
    expect(anchorsByLesson().get(term.lesson), `${term.lesson}#${term.section}`).toContain(term.section);
  });

  it('is used by the lessons only with ids it defines, and each term is used somewhere', () => {
    const used = new Set(lessonSources.flatMap(termIdsIn));
    const ids = new Set(terms.map((term) => term.id));
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });
});
