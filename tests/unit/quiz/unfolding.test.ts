import { describe, expect, it } from 'vitest';
import { unfoldCase } from '../../../src/lib/quiz/unfolding';
import { caseStudy } from '../../../src/schemas/quiz-items';
import { parsedCase, rawCase, rawItems } from '../../support/quiz-fixtures';

const unfolding = caseStudy.parse({
  ...rawCase,
  items: [rawItems.single, rawItems.matrix, rawItems.cloze],
  updates: { x1: 'Two days later…', c1: 'A week later…' },
});
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('unfolding case studies', () => {
  it('show the first item and the vignette alone at the start', () => {
    expect(unfoldCase(unfolding, () => false)).toEqual({
      unfolding: true,
      shown: [unfolding.items[0]],
      waiting: 2,
      updates: [],
    });
  });

  it('reach the next item, and add its update, once the items before it are finished', () => {
    const done = new Set(['s1']);
    const state = unfoldCase(unfolding, (id) => done.has(id));
    expect(ids(state.shown)).toEqual(['s1', 'x1']);
    expect(state.updates).toEqual([{ itemId: 'x1', position: 2, text: 'Two days later…' }]);
    done.add('x1');
    expect(unfoldCase(unfolding, (id) => done.has(id)).updates.map((update) => update.position)).toEqual([
      2, 3,
    ]);
  });

  it('show everything once every item is finished', () => {
    const state = unfoldCase(unfolding, () => true);
    expect(ids(state.shown)).toEqual(['s1', 'x1', 'c1']);
    expect(state.waiting).toBe(0);
  });

  it('leave a case study without updates as it was: every item at once', () => {
    expect(unfoldCase(parsedCase, () => false)).toMatchObject({ unfolding: false, waiting: 0, updates: [] });
    expect(ids(unfoldCase(parsedCase, () => false).shown)).toEqual(['s1', 'x1']);
  });
});
