/**
 * The reflex-loop figure of the lesson "How clonus happens", as code: the parts its drawing has
 * (reflex-loop-drawing.ts places and draws them) and what the browser gets of the figure. Its words
 * (title, labels, steps, and the source quotes each rests on) are content, in
 * src/content/figures/reflex-loop.yaml, checked against src/source/clonus.txt at build
 * (src/lib/figures/checks.ts). The quotes stay on the server: the page passes the browser only each
 * step's `text` and `highlight` and each part's label.
 */
import type { Figure } from '../../schemas/figure';

/** The figure's id: its content file's name. */
export const reflexLoopFigureId = 'reflex-loop';

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

/** The SVG element id of a part: one figure per page, so these are unique on it. */
export const partElementId = (part: PartId): string => `reflex-loop-${part}`;

/** What the browser needs of a step: its text and the parts it highlights (no source quotes). */
export interface ClientStep {
  text: string;
  highlight: readonly PartId[];
}

/** What the browser needs of a part: its label and the step from which it is drawn. */
export interface ClientPart {
  label: string;
  appearsAt?: number;
}

const isPartId = (id: string): id is PartId => (partIds as readonly string[]).includes(id);

/** The figure's steps for the browser. The build has checked every highlighted part is drawn. */
export const clientSteps = (figure: Figure): ClientStep[] =>
  figure.steps.map(({ text, highlight }) => ({ text, highlight: highlight.filter(isPartId) }));

/** The figure's parts for the browser, by the drawing's part ids. */
export const clientParts = (figure: Figure): Record<PartId, ClientPart> =>
  Object.fromEntries(
    partIds.map((id) => {
      const part = figure.parts[id];
      // The build refuses a figure without a label for every part the drawing has.
      if (!part) throw new Error(`The reflex-loop figure has no label for the part "${id}".`);
      return [id, { label: part.label, appearsAt: part.appearsAt ?? 1 }];
    }),
  ) as Record<PartId, ClientPart>;

/** Whether `part` is drawn at step `step` (1-based). */
export const isDrawn = (part: ClientPart, step: number): boolean => step >= (part.appearsAt ?? 1);
