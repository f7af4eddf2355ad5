// The reflex-loop figure's data: every label and step rests on the clinical source, word for word,
// and every part a step highlights is a part the drawing has.
import { describe, expect, it } from 'vitest';
import {
  clientParts,
  clientSteps,
  figureTitle,
  figureTitleSource,
  isDrawn,
  partElementId,
  partIds,
  parts,
  steps,
} from '../../../src/lib/figures/reflex-loop';
import { normalise, readSource } from '../../support/source';

const source = normalise(readSource());

/**
 * Words of four letters or more that are not in `quotes`. A plural or third-person "s" is allowed
 * ("jerks" for "jerk"). The few words listed here carry no clinical meaning.
 */
const notInQuotes = (text: string, quotes: readonly string[]) => {
  const quoted = normalise(quotes.join(' '));
  const nonClinical = new Set(['from']);
  return (normalise(text).match(/[a-z']{4,}/g) ?? []).filter(
    (word) => !nonClinical.has(word) && !quoted.includes(word) && !quoted.includes(word.replace(/s$/, '')),
  );
};

describe('reflex-loop figure data', () => {
  it('has steps, each highlighting at least one part', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const step of steps) expect(step.highlight.length).toBeGreaterThan(0);
  });

  it.each(steps.map((step, index) => [index + 1, step] as const))(
    'step %i quotes the source verbatim and says nothing beyond its quotes',
    (_number, step) => {
      expect(step.source.length).toBeGreaterThan(0);
      for (const quote of step.source) expect(source).toContain(normalise(quote));
      expect(notInQuotes(step.text, step.source)).toEqual([]);
    },
  );

  it.each(partIds.map((id) => [id, parts[id]] as const))('label of %s comes from the source', (_id, part) => {
    expect(source).toContain(normalise(part.source));
    expect(notInQuotes(part.label, [part.source])).toEqual([]);
  });

  it('takes its title from the source', () => {
    for (const quote of figureTitleSource) expect(source).toContain(normalise(quote));
    expect(notInQuotes(figureTitle, figureTitleSource)).toEqual([]);
  });

  it('highlights only parts the drawing has, each with its own element id', () => {
    for (const step of steps) for (const part of step.highlight) expect(partIds).toContain(part);
    expect(new Set(partIds.map(partElementId)).size).toBe(partIds.length);
  });

  it('uses every part, and draws a part by the time a step highlights it', () => {
    const used = new Set(steps.flatMap((step) => step.highlight));
    expect([...used].sort()).toEqual([...partIds].sort());
    steps.forEach((step, index) => {
      for (const part of step.highlight)
        expect(isDrawn(parts[part], index + 1), `${part} at step ${String(index + 1)}`).toBe(true);
    });
  });

  it('gives the browser text and highlights, never the source quotes', () => {
    expect(clientSteps()).toEqual(steps.map(({ text, highlight }) => ({ text, highlight })));
    expect(JSON.stringify([clientSteps(), clientParts()])).not.toContain('"source"');
  });

  it('catches a claim the quotes do not support', () => {
    // The check above must be able to fail: an added word that is in no quote is reported.
    expect(notInQuotes('The muscle spindle is stretched.', ['a muscle is suddenly stretched'])).toEqual([
      'spindle',
    ]);
  });
});
