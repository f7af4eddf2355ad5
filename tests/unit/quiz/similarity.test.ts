// The near-copy measure: content words compared by their cosine.
import { describe, expect, it } from 'vitest';
import { contentWords, cosine } from '../../../src/lib/quiz/similarity';

describe('content words', () => {
  it('drop function words and the words every item shares, and fold plurals and quote marks', () => {
    expect([...contentWords('Which statement about the client’s ankle jerks is accurate?')]).toEqual([
      'ankle',
      'jerk',
    ]);
  });
});

describe('cosine of content words', () => {
  const a = contentWords('The ankle jerks in a rapid rhythm after the foot is quickly flexed upward.');

  it('is 1 for the same words in another frame', () => {
    expect(
      cosine(
        a,
        contentWords('A client’s foot is quickly flexed upward and the ankle jerks in a rapid rhythm.'),
      ),
    ).toBe(1);
  });

  it('stays high for a copy padded with a few words', () => {
    const padded = contentWords(
      'After a stroke, the ankle jerks in a rapid rhythm after the foot is quickly flexed upward at night.',
    );
    expect(cosine(a, padded)).toBeGreaterThan(0.75);
  });

  it('is low for another question on another fact', () => {
    expect(
      cosine(
        a,
        contentWords('Stopping some muscle relaxants too quickly can trigger repeated contractions.'),
      ),
    ).toBeLessThan(0.2);
  });

  it('is 0 when either text is too short to call a copy', () => {
    expect(cosine(contentWords('ankle jerks'), contentWords('ankle jerks'))).toBe(0);
  });
});
