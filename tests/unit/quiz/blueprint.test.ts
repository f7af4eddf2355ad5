// The instructor guide's blueprint: items by lesson and by clinical-judgement step.
import { describe, expect, it } from 'vitest';
import { assessmentBlueprint } from '../../../src/lib/quiz/blueprint';
import { items, parsedCase } from '../../support/quiz-fixtures';

const at = (lesson: string) => ({ lesson, section: 'four-key-features' });

describe('the assessment blueprint', () => {
  it('counts items by their lesson and step, untagged ones apart, case-study items included', () => {
    const quizzes = [
      {
        items: [
          { ...items.single, ref: at('first'), judgement: 'take-action' as const },
          { ...items.multiple, ref: at('first'), judgement: 'recall' as const },
          { ...items.matrix, ref: at('second') },
        ],
      },
      { items: [parsedCase] },
    ];
    const { rows, totals } = assessmentBlueprint(['first', 'second', 'what-is-clonus', 'unused'], quizzes);
    expect(rows.map((row) => [row.lesson, row.total])).toEqual([
      ['first', 2],
      ['second', 1],
      ['what-is-clonus', 2],
      ['unused', 0],
    ]);
    expect(rows[0]?.counts).toMatchObject({ 'take-action': 1, recall: 1, untagged: 0 });
    expect(rows[1]?.counts.untagged).toBe(1);
    expect(totals.total).toBe(5);
    expect(totals.counts).toMatchObject({ 'take-action': 1, recall: 1, untagged: 3 });
  });
});
