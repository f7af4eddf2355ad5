// Checks of the quiz collection as a whole: references to lesson sections, one knowledge check per
// lesson. Each is shown finding the mistake it exists for, naming the file, the item and the field.
import { describe, expect, it } from 'vitest';
import {
  knowledgeCheckProblems,
  quizCollectionProblems,
  quizRefProblems,
  type QuizFile,
} from '../../../src/lib/quiz/references';
import { scoredItem, type ScoredItem } from '../../../src/schemas/quiz-items';
import { rawItems } from '../../support/quiz-fixtures';

const anchors = new Map([['lesson', ['four-key-features', 'key-points']]]);

const item = (ref: { lesson: string; section: string }): ScoredItem =>
  scoredItem.parse({ ...rawItems.single, ref });

const quiz = (file: string, fields: Partial<QuizFile['quiz']> = {}): QuizFile => ({
  file,
  quiz: { kind: 'topic', items: [item({ lesson: 'lesson', section: 'key-points' })], ...fields },
});

describe('quiz references', () => {
  it('accept references to sections that exist', () => {
    expect(quizRefProblems([quiz('q.yaml')], anchors)).toEqual([]);
  });

  it('name the file, the item and the field of an unknown lesson or section', () => {
    const problems = quizRefProblems(
      [
        quiz('a.yaml', { items: [item({ lesson: 'missing', section: 'key-points' })] }),
        quiz('b.yaml', { items: [item({ lesson: 'lesson', section: 'treatment' })] }),
        quiz('c.yaml', { kind: 'knowledge-check', lesson: 'missing' }),
      ],
      anchors,
    );
    expect(problems).toEqual([
      'a.yaml: item "s1", field "ref.lesson": there is no lesson "missing".',
      'b.yaml: item "s1", field "ref.section": lesson "lesson" has no section "treatment" (it has: four-key-features, key-points).',
      'c.yaml: field "lesson": there is no lesson "missing".',
    ]);
  });

  it('look inside case studies', () => {
    const bad = item({ lesson: 'lesson', section: 'nowhere' });
    const study = {
      type: 'case-study' as const,
      id: 'c1',
      title: 'Case',
      vignette: 'A case.',
      items: [bad, bad],
    };
    expect(quizRefProblems([quiz('a.yaml', { items: [study] })], anchors)).toHaveLength(2);
  });
});

describe('knowledge checks', () => {
  it('allow one per lesson', () => {
    const checks = [
      quiz('a.yaml', { kind: 'knowledge-check', lesson: 'one' }),
      quiz('b.yaml', { kind: 'knowledge-check', lesson: 'two' }),
      quiz('c.yaml', { kind: 'topic' }),
    ];
    expect(knowledgeCheckProblems(checks)).toEqual([]);
  });

  it('name both files when two close the same lesson', () => {
    const checks = [
      quiz('a.yaml', { kind: 'knowledge-check', lesson: 'lesson' }),
      quiz('b.yaml', { kind: 'knowledge-check', lesson: 'lesson' }),
    ];
    expect(knowledgeCheckProblems(checks)).toEqual([
      'a.yaml: field "lesson": lesson "lesson" already has a knowledge check (b.yaml).',
      'b.yaml: field "lesson": lesson "lesson" already has a knowledge check (a.yaml).',
    ]);
    expect(quizCollectionProblems(checks, anchors)).toHaveLength(2);
  });
});
