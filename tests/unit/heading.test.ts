import { describe, expect, it } from 'vitest';
import { headingTag } from '../../src/lib/heading';

describe('heading levels of nested components', () => {
  it.each([
    [2, 'h2'],
    [6, 'h6'],
    [7, 'h6'],
    [0, 'h1'],
  ])('level %i is an %s', (level, tag) => {
    expect(headingTag(level)).toBe(tag);
  });
});
