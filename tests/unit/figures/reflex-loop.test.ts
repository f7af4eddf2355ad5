// The reflex-loop figure: its content (src/content/figures/reflex-loop.yaml) rests on the clinical
// source word for word and labels exactly the parts its drawing has; the checks that make sure
// of it (the figure schema and src/lib/figures/checks.ts) are shown failing on fixtures; and the
// browser gets the words, never the quotes.
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../src/lib/content/collections';
import { figureProblems, wordsBeyondQuotes } from '../../../src/lib/figures/checks';
import {
  clientParts,
  clientSteps,
  isDrawn,
  partElementId,
  partIds,
  reflexLoopFigureId,
} from '../../../src/lib/figures/reflex-loop';
import { figureSchema, type Figure } from '../../../src/schemas/figure';
import { projectRoot } from '../../support/project';
import { readSource } from '../../support/source';

const figure = readFigure(projectRoot, reflexLoopFigureId);
const source = readSource();

const stepOne = {
  text: 'Clonus acts as a type of reflex response.',
  highlight: ['muscle'],
  source: ['Clonus acts as a type of reflex response.'],
};
const stepTwo = {
  text: 'Upper motor neuron lesions.',
  highlight: ['lesion', 'muscle'],
  source: ['Upper motor neuron lesions'],
};

/** A small valid figure; tests copy and break it. */
const small: Figure = {
  title: 'The reflex loop in clonus',
  titleSource: ['Clonus acts as a type of reflex response. In this condition, the reflex loop'],
  parts: {
    muscle: { label: 'Muscle', source: 'the reflex loop between the muscle and the spinal cord' },
    lesion: { label: 'Lesion', source: 'Upper motor neuron lesions', appearsAt: 2 },
  },
  steps: [stepOne, stepTwo],
};

/** The fields a parse refused, with their messages. */
function refused(input: unknown): string[] {
  const result = figureSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the reflex-loop figure', () => {
  it('quotes the source verbatim, says nothing beyond its quotes and labels every drawn part', () => {
    expect(figureProblems('reflex-loop.yaml', figure, source, partIds)).toEqual([]);
  });

  it('has steps, and draws a part by the time a step highlights it', () => {
    expect(figure.steps.length).toBeGreaterThanOrEqual(4);
    const parts = clientParts(figure);
    clientSteps(figure).forEach((step, index) => {
      for (const part of step.highlight)
        expect(isDrawn(parts[part], index + 1), `${part} at step ${String(index + 1)}`).toBe(true);
    });
    expect(new Set(partIds.map(partElementId)).size).toBe(partIds.length);
  });

  it('gives the browser text, highlights and labels, never the source quotes', () => {
    expect(clientSteps(figure)).toEqual(figure.steps.map(({ text, highlight }) => ({ text, highlight })));
    expect(JSON.stringify([clientSteps(figure), clientParts(figure)])).not.toContain('"source"');
  });
});

describe('figure schema', () => {
  it('accepts a sound figure', () => {
    expect(refused(small)).toEqual([]);
  });

  it('refuses unknown fields', () => {
    expect(refused({ ...small, caption: 'x' })).toEqual([': Unrecognized key: "caption"']);
  });

  it('refuses a step that highlights a part the figure has not, or not yet', () => {
    const steps = [{ ...stepOne, highlight: ['lesion', 'nerve'] }, stepTwo];
    expect(refused({ ...small, steps })).toEqual([
      'steps.0.highlight.0: Step 1 highlights "lesion", which is drawn only from step 2.',
      'steps.0.highlight.1: Step 1 highlights "nerve", which is not one of the parts (muscle, lesion).',
    ]);
  });

  it('refuses a part no step highlights', () => {
    const parts = { ...small.parts, brain: { label: 'Brain', source: 'the brain' } };
    expect(refused({ ...small, parts })).toEqual(['parts.brain: No step highlights the part "brain".']);
  });
});

describe('figure checks', () => {
  it('name the field of a quote that is not in the source', () => {
    const steps = [stepOne, { ...stepTwo, source: ['Upper motor neuron lesions heal with rest.'] }];
    expect(figureProblems('f.yaml', { ...small, steps }, source, ['muscle', 'lesion'])).toEqual([
      'f.yaml: field "steps.1.source.0": the quote is not in src/source/clonus.txt.',
    ]);
  });

  it('name the field and the words a label or step says beyond its quotes', () => {
    const parts = {
      ...small.parts,
      muscle: { ...small.parts.muscle, label: 'Muscle spindle' },
    } as Figure['parts'];
    expect(figureProblems('f.yaml', { ...small, parts }, source, ['muscle', 'lesion'])).toEqual([
      'f.yaml: field "parts.muscle.label": "spindle" is in none of its quotes.',
    ]);
    expect(wordsBeyondQuotes('The muscle spindle is stretched.', ['a muscle is suddenly stretched'])).toEqual(
      ['spindle'],
    );
    // A plural or third-person "s" and the joining word "from" are allowed.
    expect(wordsBeyondQuotes('From muscles it jerks', ['the muscle', 'to jerk'])).toEqual([]);
  });

  it('name the parts that do not match the drawing', () => {
    expect(figureProblems('f.yaml', small, source, ['muscle', 'brain'])).toEqual([
      'f.yaml: field "parts": no label for the drawing\'s part(s) brain.',
      'f.yaml: field "parts.lesion": the drawing has no part "lesion" (it has: muscle, brain).',
    ]);
  });
});
