/**
 * The reflex-loop figure of the lesson "How clonus happens": the parts of its drawing and the
 * steps a learner moves through. Plain data, no DOM, so it is tested in Node
 * (tests/unit/figures/reflex-loop.test.ts).
 *
 * Every label and step text rests on src/source/clonus.txt. `source` holds the source's own
 * words, which a test finds verbatim (white space aside) in the source; the test also finds every
 * word of the label or text in those quotes, so a new claim cannot slip in without a quote.
 * The quotes stay on the server: the page passes the island only `text`, `highlight` and labels.
 */

/** The drawing's parts; each is one element of the SVG, with the id given by {@link partElementId}. */
export const partIds = [
  'brain',
  'umn',
  'lesion',
  'spinal-cord',
  'loop',
  'muscle',
  'stretch',
  'rhythm',
] as const;

export type PartId = (typeof partIds)[number];

export interface FigurePart {
  /** Visible label in the drawing. */
  label: string;
  /** Source wording the label comes from. */
  source: string;
  /** Step number (1-based) from which the part is drawn; before it the part is absent. @default 1 */
  appearsAt?: number;
}

export interface FigureStep {
  /** What happens in this step, read on screen and announced. */
  text: string;
  /** The parts active in this step, drawn highlighted. */
  highlight: readonly PartId[];
  /** Source wording the text comes from. */
  source: readonly string[];
}

export const parts: Record<PartId, FigurePart> = {
  brain: { label: 'Brain', source: 'Upper motor neuron problems in the brain or spinal cord' },
  umn: {
    label: 'Upper motor neuron pathway',
    source:
      'Upper motor neuron lesions, which affect the brain or spinal cord pathways that control movement',
  },
  lesion: { label: 'Lesion', source: 'Upper motor neuron lesions', appearsAt: 3 },
  'spinal-cord': { label: 'Spinal cord', source: 'the reflex loop between the muscle and the spinal cord' },
  loop: { label: 'Reflex loop', source: 'the reflex loop between the muscle and the spinal cord' },
  muscle: { label: 'Muscle', source: 'the reflex loop between the muscle and the spinal cord' },
  stretch: { label: 'Sudden muscle stretch', source: 'Trigger: Often a sudden muscle stretch.' },
  rhythm: { label: 'Repeated contractions', source: 'Repeated contractions', appearsAt: 5 },
};

export const steps: readonly FigureStep[] = [
  {
    text: 'A muscle is suddenly stretched, such as when the foot is quickly flexed upward. A sudden muscle stretch is often the trigger.',
    highlight: ['muscle', 'stretch'],
    source: [
      'It is often more noticeable when a muscle is suddenly stretched, such as when the foot is quickly flexed upward.',
      'Trigger: Often a sudden muscle stretch.',
    ],
  },
  {
    text: 'Clonus acts as a type of reflex response, in the reflex loop between the muscle and the spinal cord.',
    highlight: ['loop', 'muscle', 'spinal-cord'],
    source: [
      'Clonus acts as a type of reflex response.',
      'the reflex loop between the muscle and the spinal cord',
    ],
  },
  {
    text: 'Upper motor neuron lesions affect the brain or spinal cord pathways that control movement. Damage in these areas disrupts normal reflex control.',
    highlight: ['brain', 'umn', 'lesion'],
    source: [
      'Upper motor neuron lesions, which affect the brain or spinal cord pathways that control movement, often play a role.',
      'Damage in these areas disrupts normal reflex control.',
    ],
  },
  {
    text: 'Upper motor neuron problems can make reflexes stronger than normal: the reflex loop between the muscle and the spinal cord becomes overactive.',
    highlight: ['loop', 'spinal-cord'],
    source: [
      'Upper motor neuron problems in the brain or spinal cord often lead to clonus. These issues can make reflexes stronger than normal',
      'the reflex loop between the muscle and the spinal cord becomes overactive',
    ],
  },
  {
    text: 'The nervous system sends repeated signals to the muscle after it is stretched. These signals cause the muscle to contract and relax in a rapid, rhythmic pattern.',
    highlight: ['loop', 'muscle', 'rhythm'],
    source: [
      'When the nervous system sends repeated signals to a muscle after it is stretched, clonus occurs.',
      'These signals cause the muscle to contract and relax in a rapid, rhythmic pattern.',
    ],
  },
  {
    text: 'The muscle jerks repeatedly without conscious control. In clonus, muscle spasms repeat in a regular rhythm instead of stopping after one contraction.',
    highlight: ['muscle', 'rhythm', 'loop'],
    source: [
      'causing the muscle to jerk repeatedly without conscious control',
      'The combination of high muscle tone and faulty reflex signals can trigger muscle spasms. In clonus, these spasms repeat in a regular rhythm instead of stopping after one contraction.',
    ],
  },
];

/** The figure's name, used by its caption and by the drawing's title. */
export const figureTitle = 'The reflex loop in clonus: from a sudden muscle stretch to repeated contractions';

/** Source wording of {@link figureTitle}. */
export const figureTitleSource = [
  'Clonus acts as a type of reflex response. In this condition, the reflex loop',
  'Trigger: Often a sudden muscle stretch.',
  'Repeated contractions',
] as const;

/** The SVG element id of a part: one figure per page, so these are unique on it. */
export const partElementId = (part: PartId): string => `reflex-loop-${part}`;

/** What the browser needs of a step: its text and the parts it highlights (no source quotes). */
export type ClientStep = Pick<FigureStep, 'text' | 'highlight'>;

/** What the browser needs of a part: its label and when it appears. */
export type ClientPart = Pick<FigurePart, 'label' | 'appearsAt'>;

export const clientSteps = (): ClientStep[] => steps.map(({ text, highlight }) => ({ text, highlight }));

export const clientParts = (): Record<PartId, ClientPart> =>
  Object.fromEntries(
    partIds.map((id) => [id, { label: parts[id].label, appearsAt: parts[id].appearsAt ?? 1 }]),
  ) as Record<PartId, ClientPart>;

/** Whether `part` is drawn at step `step` (1-based). */
export const isDrawn = (part: ClientPart, step: number): boolean => step >= (part.appearsAt ?? 1);
