import { describe, expect, it } from 'vitest';
import { forLearners, scoredItems } from '../../../src/lib/quiz/entries';
import type { QuizEntry } from '../../../src/schemas/quiz-items';

const single = {
  id: 'q1',
  type: 'single',
  stem: 'Which description matches clonus?',
  ref: { lesson: 'what-is-clonus', section: 'definition-of-clonus' },
  evidence: ['Clonus happens when muscles contract and relax in a rapid, repeated rhythm without control.'],
  judgement: 'recall',
  options: [
    { id: 'a', text: 'Rhythmic', correct: true, rationale: 'Right.' },
    { id: 'b', text: 'Once', correct: false, rationale: 'Wrong.' },
  ],
} satisfies QuizEntry;

const study = {
  type: 'case-study',
  id: 'case',
  title: 'A case',
  vignette: 'A client has clonus.',
  items: [{ ...single, id: 'c1' }],
} satisfies QuizEntry;

describe('quiz entries for the learner’s browser', () => {
  it('leave out the evidence passages, of case-study items too, and keep everything else', () => {
    const entries = forLearners([single, study]);
    for (const item of scoredItems(entries)) expect(item).not.toHaveProperty('evidence');
    const { evidence: _dropped, ...rest } = single;
    expect(entries[0]).toEqual(rest);
    expect(scoredItems(entries).map((item) => [item.id, item.judgement])).toEqual([
      ['q1', 'recall'],
      ['c1', 'recall'],
    ]);
  });

  it('leave the authored entries as they were', () => {
    forLearners([single, study]);
    expect(single.evidence).toHaveLength(1);
    expect(study.items[0]?.evidence).toHaveLength(1);
  });
});
