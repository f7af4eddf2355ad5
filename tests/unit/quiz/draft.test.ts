import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  decodeDrafts,
  encodeDrafts,
  responseFits,
  type QuizDraft,
} from '../../../src/lib/quiz/draft';
import { items } from '../../support/quiz-fixtures';

const draft: QuizDraft = {
  startedAt: 100,
  savedAt: 160,
  seed: 7,
  itemIds: ['s1', 'm1', 'o1'],
  items: {
    s1: { attempt: 0, response: { type: 'single', choice: 'b' }, checked: true },
    m1: { attempt: 1, response: { type: 'multiple', choices: ['a'] }, checked: false },
    o1: {
      attempt: 0,
      response: { type: 'ordering', order: ['two', 'one', 'three', 'four'] },
      checked: false,
    },
  },
};

describe('unfinished quiz sittings (drafts)', () => {
  it('are read back exactly as saved', () => {
    expect(decodeDrafts(encodeDrafts({ 'topic-causes': draft }))).toEqual({ 'topic-causes': draft });
  });

  it('count the questions answered or checked', () => {
    expect(answeredCount(draft)).toBe(2);
  });

  it.each([
    ['not JSON', '{"v":1,"d":'],
    ['another shape', '{"drafts":[]}'],
    ['a newer version', '{"v":2,"d":{}}'],
  ])('read nothing from %s', (_case, raw) => {
    expect(decodeDrafts(raw)).toEqual({});
  });

  it('drop a damaged draft and keep the sound ones', () => {
    const raw = JSON.stringify({
      v: 1,
      d: {
        good: draft,
        'Bad Id': draft,
        broken: { ...draft, items: { s1: { attempt: -1, response: { type: 'single' }, checked: true } } },
        markup: { ...draft, itemIds: ['<img src=x>'] },
      },
    });
    expect(Object.keys(decodeDrafts(raw))).toEqual(['good']);
  });

  it('take back an answer only while it still fits its item', () => {
    expect(responseFits(items.single, { type: 'single', choice: 'b' })).toBe(true);
    expect(responseFits(items.single, { type: 'single', choice: 'z' })).toBe(false);
    expect(responseFits(items.single, { type: 'multiple', choices: [] })).toBe(false);
    expect(responseFits(items.multiple, { type: 'multiple', choices: ['a', 'e'] })).toBe(true);
    expect(responseFits(items.multiple, { type: 'multiple', choices: ['a', 'q'] })).toBe(false);
    expect(responseFits(items.matrix, { type: 'matrix', rows: { r1: 'temp' } })).toBe(true);
    expect(responseFits(items.matrix, { type: 'matrix', rows: { r1: 'forever' } })).toBe(false);
    expect(responseFits(items.matrix, { type: 'matrix', rows: { r9: 'temp' } })).toBe(false);
    expect(responseFits(items.ordering, { type: 'ordering', order: ['four', 'three', 'two', 'one'] })).toBe(
      true,
    );
    expect(responseFits(items.ordering, { type: 'ordering', order: ['one', 'one', 'two', 'three'] })).toBe(
      false,
    );
    expect(responseFits(items.ordering, { type: 'ordering', order: ['one', 'two', 'three'] })).toBe(false);
    expect(responseFits(items.highlight, { type: 'highlight', selected: ['p3'] })).toBe(true);
    expect(responseFits(items.highlight, { type: 'highlight', selected: ['p9'] })).toBe(false);
  });
});

describe('exam-mode drafts (the post-test)', () => {
  const exam: QuizDraft = { ...draft, flagged: ['m1'], current: 2 };

  it('keep the flags and the question on screen', () => {
    expect(decodeDrafts(encodeDrafts({ 'post-test': exam }))).toEqual({ 'post-test': exam });
  });

  it('read a draft without them (saved before flags existed) as it was', () => {
    expect(decodeDrafts(encodeDrafts({ 'post-test': draft }))['post-test']).toEqual(draft);
  });

  it.each([
    ['a flag on a question not in the sitting', { ...exam, flagged: ['zz'] }],
    ['a place past the last question', { ...exam, current: 3 }],
    ['a negative place', { ...exam, current: -1 }],
  ])('drop a draft with %s', (_case, damaged) => {
    expect(decodeDrafts(encodeDrafts({ 'post-test': damaged }))).toEqual({});
  });
});
