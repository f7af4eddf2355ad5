// The exam's own state: what counts as answered, as the navigator and the review say it.
import { describe, expect, it } from 'vitest';
import { ExamSession } from '../../src/components/quiz/exam-session.svelte';
import { items } from '../support/quiz-fixtures';

const sessionOf = () =>
  new ExamSession({
    items: [items.ordering, items.single],
    passMark: 0.8,
    seed: 7,
    onSubmit: () => true,
    now: () => 0,
  });

describe('an exam sitting', () => {
  it('calls an ordering question answered only once the learner has moved a step', () => {
    const session = sessionOf();
    const [ordering] = session.items;
    if (ordering?.response.type !== 'ordering') throw new Error('the fixture draws an ordering first');
    expect(session.states.map((state) => state.answered)).toEqual([false, false]);
    const [top, next, ...rest] = ordering.response.order;
    ordering.response = { type: 'ordering', order: [next ?? '', top ?? '', ...rest] };
    expect(session.states[0]?.answered).toBe(true);
    expect(session.summary.unanswered).toEqual([2]);
  });
});
