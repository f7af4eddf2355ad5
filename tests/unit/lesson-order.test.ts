import { describe, expect, it } from 'vitest';
import { byOrder, lessonOrderProblems } from '../../src/lib/lesson-order';

const lesson = (file: string, order: number) => ({ file, order });

describe('lesson order', () => {
  it('finds no problem in 1..N, whatever order the files come in', () => {
    expect(lessonOrderProblems([lesson('c', 3), lesson('a', 1), lesson('b', 2)])).toEqual([]);
  });

  it('reports a duplicate with both files', () => {
    const problems = lessonOrderProblems([lesson('a.mdx', 1), lesson('b.mdx', 1)]);
    expect(problems).toContain('field "order": 1 is used by more than one lesson (a.mdx, b.mdx).');
  });

  it('reports each gap', () => {
    const problems = lessonOrderProblems([lesson('a', 1), lesson('d', 4), lesson('e', 5), lesson('f', 6)]);
    expect(problems.filter((problem) => problem.includes('no lesson has order'))).toHaveLength(2);
    expect(problems.join(' ')).toMatch(/order 2.*order 3/);
  });

  it('reports a sequence that does not start at 1', () => {
    expect(lessonOrderProblems([lesson('a', 2)])).toEqual([
      'field "order": no lesson has order 1; orders must run from 1 to 1 without gaps.',
    ]);
  });

  it('sorts by order without changing its input', () => {
    const input = [lesson('b', 2), lesson('a', 1)];
    expect(byOrder(input).map((item) => item.file)).toEqual(['a', 'b']);
    expect(input.map((item) => item.file)).toEqual(['b', 'a']);
  });
});
