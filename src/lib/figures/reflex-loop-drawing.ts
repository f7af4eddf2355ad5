/**
 * The reflex-loop figure's drawing and step controls, as markup (the server renders it at step 1)
 * and as the state of any step (the page's small script applies it as the learner steps through;
 * src/components/figures/reflex-loop-stepper.ts). One module for both, so what the server draws
 * and what the script shows at a step cannot disagree. Plain markup and a few lines of DOM code
 * cost the learner about a tenth of the Svelte island they replace, which loaded Svelte's runtime
 * into the middle of a lesson (issue 16).
 *
 * A highlighted part differs by stroke weight and dash and by a marked (●), bold, underlined
 * label, not by colour alone (the styles are in ReflexLoopFigure.astro).
 */
import {
  isDrawn,
  partElementId,
  partIds,
  type ClientPart,
  type ClientStep,
  type PartId,
} from './reflex-loop';

export interface DrawingData {
  /** The figure's name: its caption and the drawing's title. */
  title: string;
  steps: ClientStep[];
  parts: Record<PartId, ClientPart>;
}

/** What the drawing shows at one step (1-based). */
export interface StepState {
  step: number;
  total: number;
  text: string;
  highlight: ReadonlySet<PartId>;
  /** Parts not drawn yet at this step. */
  hidden: ReadonlySet<PartId>;
  /** The drawing's accessible description. */
  description: string;
  atStart: boolean;
  atEnd: boolean;
}

/** The state at `step`, kept within the first and last steps. */
export function stepState({ steps, parts }: Pick<DrawingData, 'steps' | 'parts'>, step: number): StepState {
  const total = steps.length;
  const at = Math.min(total, Math.max(1, step));
  const highlight = steps[at - 1]?.highlight ?? [];
  const labels = highlight.map((part) => parts[part].label).join(', ');
  return {
    step: at,
    total,
    text: steps[at - 1]?.text ?? '',
    highlight: new Set(highlight),
    hidden: new Set(partIds.filter((part) => !isDrawn(parts[part], at))),
    description: `Step ${String(at)} of ${String(total)}. Highlighted: ${labels}.`,
    atStart: at === 1,
    atEnd: at === total,
  };
}

/** Where each label sits: x, y of its first line, and its alignment. */
const labelPlaces: Record<PartId, [x: number, y: number, anchor: 'start' | 'middle' | 'end']> = {
  brain: [200, 58, 'middle'],
  umn: [176, 112, 'end'],
  lesion: [176, 176, 'end'],
  'spinal-cord': [200, 346, 'middle'],
  loop: [330, 230, 'middle'],
  muscle: [452, 140, 'middle'],
  stretch: [636, 350, 'end'],
  rhythm: [566, 126, 'middle'],
};

/** The shapes of each part, in drawing order. */
const shapes: Record<PartId, string> = {
  brain: '<ellipse cx="200" cy="52" rx="80" ry="36"/>',
  'spinal-cord': '<rect x="184" y="92" width="32" height="228" rx="14"/>',
  umn: '<path d="M200 88V236"/>',
  lesion: '<path d="M186 156l28 28m0-28-28 28"/>',
  loop:
    '<path class="arrowed" d="M440 196C370 140 290 140 220 196"/>' +
    '<path class="arrowed" d="M220 250C290 306 370 306 440 250"/>',
  muscle: '<ellipse cx="452" cy="222" rx="14" ry="58"/>',
  stretch: '<path class="arrowed" d="M566 318q36-22 18-66"/>',
  rhythm: '<path d="M504 180l8-14 10 28 10-28 10 28 10-28 10 28 10-28 8 14"/>',
};
const drawingOrder: PartId[] = [
  'brain',
  'spinal-cord',
  'umn',
  'lesion',
  'loop',
  'muscle',
  'stretch',
  'rhythm',
];

/** The signal that runs round the loop while a step shows it (only without reduced motion). */
export const signalPath = 'M440 196C370 140 290 140 220 196V250C290 306 370 306 440 250';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text and attribute values from content, safe in markup. */
export const escapeMarkup = (text: string) =>
  text.replace(/[&<>"]/g, (character) => escapes[character] ?? character);

/** A label broken into lines of at most about 14 characters. */
export function labelLines(label: string): string[] {
  return label.split(' ').reduce<string[]>((result, word) => {
    const last = result.at(-1);
    if (last !== undefined && last.length + word.length < 14) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
    return result;
  }, []);
}

/** The mark before a highlighted part's label. */
export const labelMark = (highlighted: boolean) => (highlighted ? '● ' : '');

function labelMarkup(part: PartId, label: string, highlighted: boolean): string {
  const [x, y, anchor] = labelPlaces[part];
  const lines = labelLines(label).map((line, index) => {
    const mark = index === 0 ? `<tspan data-mark>${labelMark(highlighted)}</tspan>` : '';
    return `<tspan x="${String(x)}" dy="${index === 0 ? '0' : '18'}">${mark}${escapeMarkup(line)}</tspan>`;
  });
  return `<text x="${String(x)}" y="${String(y)}" text-anchor="${anchor}">${lines.join('')}</text>`;
}

/** The class of a part's group: highlighted parts are "active". */
export const partClass = (highlighted: boolean) => (highlighted ? 'part active' : 'part');

/** The drawing, the current step's words and the Previous and Next buttons, at step 1. */
export function drawingMarkup(data: DrawingData): string {
  const state = stepState(data, 1);
  const groups = drawingOrder.map((part) => {
    const highlighted = state.highlight.has(part);
    const visibility = state.hidden.has(part) ? ' visibility="hidden"' : '';
    const signal = part === 'loop' ? `<path class="signal" d="${signalPath}"/>` : '';
    return `<g id="${partElementId(part)}" class="${partClass(highlighted)}"${visibility}>${shapes[part]}${labelMarkup(part, data.parts[part].label, highlighted)}${signal}</g>`;
  });
  return [
    '<svg viewBox="0 0 640 380" role="img" aria-labelledby="reflex-loop-title" aria-describedby="reflex-loop-desc">',
    `<title id="reflex-loop-title">${escapeMarkup(data.title)}</title>`,
    `<desc id="reflex-loop-desc">${escapeMarkup(state.description)}</desc>`,
    '<defs><marker id="reflex-loop-head" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0 0 10 5 0 10z"/></marker></defs>',
    // Outline of the lower leg and foot, for orientation only.
    '<path class="outline" d="M436 150V290q0 22 22 22h86q12 0 12-11t-12-11H492V150"/>',
    ...groups,
    '</svg>',
    '<div class="reflex-steps">',
    '<div role="status" class="reflex-step">',
    `<p><strong data-step-count>Step ${String(state.step)} of ${String(state.total)}</strong></p>`,
    `<p data-step-text>${escapeMarkup(state.text)}</p>`,
    '</div>',
    '<p class="reflex-controls">',
    `<button type="button" data-go="-1" aria-disabled="${String(state.atStart)}">Previous step</button>`,
    `<button type="button" data-go="1" aria-disabled="${String(state.atEnd)}">Next step</button>`,
    '</p>',
    '</div>',
    // Lines apart, so the status reads "Step 1 of 7 The …" with a space, as text, not run together.
  ].join('\n');
}
