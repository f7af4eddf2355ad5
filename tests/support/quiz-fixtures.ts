// Small items of every type, parsed by the real schemas, for scoring and schema tests.
import { caseStudy, scoredItem, type ScoredItem } from '../../src/schemas/quiz-items';

const ref = { lesson: 'what-is-clonus', section: 'four-key-features' };
const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  rationale: `Why ${id}.`,
});

export const rawItems = {
  single: {
    type: 'single',
    id: 's1',
    stem: 'Pick one.',
    ref,
    options: [option('a', true), option('b'), option('c')],
  },
  multiple: {
    type: 'multiple',
    id: 'm1',
    stem: 'Select all that apply.',
    ref,
    options: [option('a', true), option('b', true), option('c', true), option('d'), option('e')],
  },
  matrix: {
    type: 'matrix',
    id: 'x1',
    stem: 'Match each row.',
    ref,
    columns: [
      { id: 'temp', text: 'Temporary' },
      { id: 'chronic', text: 'Chronic' },
    ],
    rows: [
      { id: 'r1', text: 'Drug reaction', answer: 'temp', rationale: 'Temporary.' },
      { id: 'r2', text: 'Degenerative disease', answer: 'chronic', rationale: 'Chronic.' },
      { id: 'r3', text: 'Extreme fatigue', answer: 'temp', rationale: 'Temporary.' },
    ],
  },
  ordering: {
    type: 'ordering',
    id: 'o1',
    stem: 'Put in order.',
    ref,
    steps: ['one', 'two', 'three', 'four'].map((id) => ({ id, text: `Step ${id}`, rationale: `Why ${id}.` })),
  },
  highlight: {
    type: 'highlight',
    id: 'h1',
    stem: 'Select the findings.',
    ref,
    passage: [
      'Note: ',
      { id: 'p1', text: 'rhythmic jerking', correct: true, rationale: 'A finding.' },
      ', ',
      { id: 'p2', text: 'numbness', correct: true, rationale: 'A finding.' },
      ' and ',
      { id: 'p3', text: 'breakfast at eight', rationale: 'Not a finding.' },
      '.',
    ],
  },
  cloze: {
    type: 'cloze',
    id: 'c1',
    stem: 'Complete the note.',
    ref,
    passage: [
      'The ankle ',
      {
        id: 'd1',
        options: [
          { id: 'rhythm', text: 'jerks in a rhythm', correct: true },
          { id: 'once', text: 'jerks once' },
          { id: 'still', text: 'stays still' },
        ],
        rationale: 'Clonus repeats.',
      },
      ' after ',
      {
        id: 'd2',
        options: [
          { id: 'stretch', text: 'a sudden stretch', correct: true },
          { id: 'meal', text: 'a meal' },
          { id: 'rest', text: 'rest' },
        ],
        rationale: 'Often a sudden stretch.',
      },
      '.',
    ],
  },
  rationale: {
    type: 'rationale',
    id: 'r1',
    stem: 'Complete the sentence.',
    ref,
    passage: [
      'The client is at risk for ',
      {
        id: 'risk',
        options: [
          { id: 'falls', text: 'falls', correct: true },
          { id: 'fever', text: 'fever' },
          { id: 'rash', text: 'a rash' },
        ],
        rationale: 'Falls.',
      },
      ' as evidenced by ',
      {
        id: 'sign',
        options: [
          { id: 'walk', text: 'trouble walking', correct: true },
          { id: 'eat', text: 'a good appetite' },
          { id: 'read', text: 'reading well' },
        ],
        rationale: 'Walking.',
      },
      '.',
    ],
  },
  bowtie: {
    type: 'bowtie',
    id: 'b1',
    stem: 'Complete the bow-tie.',
    ref,
    condition: [option('c-key', true), option('c-two'), option('c-three')],
    actions: [option('a-one', true), option('a-two', true), option('a-three'), option('a-four')],
    parameters: [option('p-one', true), option('p-two', true), option('p-three'), option('p-four')],
  },
} as const;

export const items = Object.fromEntries(
  Object.entries(rawItems).map(([type, raw]) => [type, scoredItem.parse(raw)]),
) as { [K in keyof typeof rawItems]: Extract<ScoredItem, { type: K }> };

export const rawCase = {
  type: 'case-study',
  id: 'case',
  title: 'A case',
  vignette: 'A person…',
  items: [rawItems.single, rawItems.matrix],
};
export const parsedCase = caseStudy.parse(rawCase);
