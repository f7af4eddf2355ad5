import { describe, expect, it } from 'vitest';
import { readLmsRules } from '../../../src/lib/lms/rules';

const valid = {
  lessonIds: ['what-is-clonus', 'how-clonus-happens'],
  knowledgeChecks: { 'what-is-clonus': 'check-what-is-clonus' },
  lessonCompletion: { reachEnd: true, submitKnowledgeCheck: true },
  quizIds: ['check-what-is-clonus', 'post-test'],
  postTestId: 'post-test',
  passMark: 0.8,
};

const problemWith = (value: unknown) => {
  const reading = readLmsRules(JSON.stringify(value));
  return reading.ok ? undefined : reading.problem;
};

describe('the launch page’s LMS rules', () => {
  it('are read as the build writes them', () => {
    expect(readLmsRules(JSON.stringify(valid))).toEqual({ ok: true, rules: valid });
  });

  it('are refused, naming the field, when a value is missing, mistyped or out of range', () => {
    expect(problemWith({ ...valid, passMark: 80 })).toMatch(/passMark/);
    expect(problemWith({ ...valid, passMark: '0.8' })).toMatch(/passMark/);
    expect(problemWith({ ...valid, lessonIds: [] })).toMatch(/lessonIds/);
    expect(problemWith({ ...valid, quizIds: ['post-test', 7] })).toMatch(/quizIds\.1/);
    const { postTestId: _, ...withoutPostTest } = valid;
    expect(problemWith(withoutPostTest)).toMatch(/postTestId/);
  });

  it('are refused when the post-test is not one of the quizzes, or a field is unknown', () => {
    expect(problemWith({ ...valid, postTestId: 'final-exam' })).toMatch(/postTestId/);
    expect(problemWith({ ...valid, passmark: 0.8 })).toMatch(/passmark/);
  });

  it('are refused when a knowledge check names a lesson or quiz the course lacks, or the rule is malformed', () => {
    expect(problemWith({ ...valid, knowledgeChecks: { 'no-such-lesson': 'check-what-is-clonus' } })).toMatch(
      /knowledgeChecks/,
    );
    expect(problemWith({ ...valid, knowledgeChecks: { 'what-is-clonus': 'no-such-quiz' } })).toMatch(
      /knowledgeChecks/,
    );
    expect(problemWith({ ...valid, lessonCompletion: { reachEnd: true } })).toMatch(
      /lessonCompletion\.submitKnowledgeCheck/,
    );
  });

  it('are refused when absent or not JSON', () => {
    expect(readLmsRules(undefined)).toEqual({ ok: false, problem: 'no data-rules attribute' });
    expect(readLmsRules('{"lessonIds": [')).toEqual({ ok: false, problem: 'data-rules is not JSON' });
    expect(problemWith(null)).toMatch(/whole value/);
  });
});
