// Property tests for the two other ways input reaches the course: assignment links (anyone can
// edit a URL) and quiz responses (scored by the NCLEX rules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, type Assignment } from '../../../src/lib/assignment/link';
import { labelProblem } from '../../../src/lib/assignment/rules';
import { dropdownsOf, isAnswered, scoreItem, type ItemResponse } from '../../../src/lib/quiz/scoring';
import { scoredItems } from '../../../src/lib/quiz/entries';
import { awkwardText, slug } from '../../support/arbitraries';
import { courseLessonIds, lmsRules } from '../../support/course-records';
import { quizContent, readContent } from '../../../src/lib/content/collections';
import { projectRoot } from '../../support/project';
import { items as fixtureItems } from '../../support/quiz-fixtures';

const course = { lessonIds: courseLessonIds, quizIds: lmsRules.quizIds };

const assignment: fc.Arbitrary<Assignment> = fc.record({
  classLabel: awkwardText
    // The builder's form field holds no control characters; everything else is fair game, except
    // what the builder itself refuses (an address, a text-direction mark: lib/assignment/rules.ts).
    .map((text) =>
      Array.from(text)
        .filter((char) => char.charCodeAt(0) >= 0x20)
        .join('')
        .trim()
        .slice(0, 80),
    )
    .filter((text) => labelProblem(text) === undefined),
  due: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  lessonIds: fc.subarray(courseLessonIds, { minLength: 1 }),
  quizIds: fc.subarray([...lmsRules.quizIds]),
});

describe('assignment links', () => {
  it('never throw on any fragment, and what they accept names only this course’s parts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.base64String(),
          assignment
            .map((value) => encodeAssignment(value))
            .chain((link) =>
              fc.nat({ max: link.length }).map((at) => link.slice(0, at) + link.slice(at + 1)),
            ),
        ),
        (fragment) => {
          const result = decodeAssignment(fragment, course);
          if (!result.ok) {
            expect(result.message).toMatch(/Your progress has not changed\.$/);
            return;
          }
          for (const id of result.assignment.lessonIds) expect(course.lessonIds).toContain(id);
          for (const id of result.assignment.quizIds) expect(course.quizIds).toContain(id);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('read back exactly what the instructor made', () => {
    fc.assert(
      fc.property(assignment, (value) => {
        expect(decodeAssignment(encodeAssignment(value), course)).toEqual({ ok: true, assignment: value });
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a link naming parts that are not in the course', () => {
    fc.assert(
      fc.property(assignment, slug, (value, stranger) => {
        fc.pre(!course.lessonIds.includes(stranger));
        const link = encodeAssignment({ ...value, lessonIds: [...value.lessonIds, stranger] });
        expect(decodeAssignment(link, course).ok).toBe(false);
      }),
    );
  });
});

// The course's items, and a small item of every type (the course may not use each type yet).
const items = [
  ...readContent(quizContent, projectRoot).flatMap(({ data }) => scoredItems(data.items)),
  ...Object.values(fixtureItems),
];
const idOf = fc.oneof(slug, fc.string());

/** Any response of any type, with real ids of some item mixed with made-up ones. */
function responseFor(ids: string[]): fc.Arbitrary<ItemResponse> {
  const id = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), idOf) : idOf;
  return fc.oneof(
    fc.record({ type: fc.constant('single' as const), choice: fc.option(id, { nil: undefined }) }),
    fc.record({ type: fc.constant('multiple' as const), choices: fc.array(id, { maxLength: 12 }) }),
    fc.record({ type: fc.constant('highlight' as const), selected: fc.array(id, { maxLength: 12 }) }),
    fc.record({ type: fc.constant('ordering' as const), order: fc.array(id, { maxLength: 12 }) }),
    fc.record({ type: fc.constant('matrix' as const), rows: fc.dictionary(id, id, { maxKeys: 8 }) }),
    fc.record({
      type: fc.constantFrom('cloze' as const, 'rationale' as const),
      blanks: fc.dictionary(id, id, { maxKeys: 8 }),
    }),
    fc.record({
      type: fc.constant('bowtie' as const),
      condition: fc.option(id, { nil: undefined }),
      actions: fc.array(id, { maxLength: 8 }),
      parameters: fc.array(id, { maxLength: 8 }),
    }),
  );
}

const choiceIds = (item: (typeof items)[number]): string[] => {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.map((option) => option.id);
    case 'matrix':
      return [...item.rows.map((row) => row.id), ...item.columns.map((column) => column.id)];
    case 'ordering':
      return item.steps.map((step) => step.id);
    case 'highlight':
      return item.passage.flatMap((part) => (typeof part === 'string' ? [] : [part.id]));
    case 'cloze':
    case 'rationale':
      return item.passage.flatMap((part) =>
        typeof part === 'string' ? [] : [part.id, ...part.options.map((option) => option.id)],
      );
    case 'bowtie':
      return [...item.condition, ...item.actions, ...item.parameters].map((option) => option.id);
  }
};

describe('scoring', () => {
  it('never throws, stays between 0 and the maximum, and names the outcome by the score', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...items).chain((item) => fc.tuple(fc.constant(item), responseFor(choiceIds(item)))),
        ([item, response]) => {
          const result = scoreItem(item, response);
          isAnswered(item, response);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(result.max);
          expect(result.outcome).toBe(
            result.score >= result.max ? 'correct' : result.score > 0 ? 'partial' : 'incorrect',
          );
          expect(Object.keys(result.verdicts).sort()).toEqual(
            (item.type === 'matrix'
              ? item.rows.map((row) => row.id)
              : item.type === 'cloze' || item.type === 'rationale'
                ? dropdownsOf(item).map((dropdown) => dropdown.id)
                : choiceIds(item)
            ).sort(),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
