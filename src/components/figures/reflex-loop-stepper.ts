// Steps the server-rendered reflex-loop drawing (lib/figures/reflex-loop-drawing.ts) through its
// steps with its Previous and Next buttons: the only script the figure has, loaded as the figure
// nears the screen (ReflexLoopFigure.astro).
import { partElementId, partIds } from '../../lib/figures/reflex-loop';
import { labelMark, partClass, stepState, type DrawingData } from '../../lib/figures/reflex-loop-drawing';

/** Wires the figure in `root` (the element holding the drawing's markup) and returns its current step. */
export function stepThroughFigure(
  root: HTMLElement,
  data: Pick<DrawingData, 'steps' | 'parts'>,
): () => number {
  let step = 1;
  const find = (selector: string) => root.querySelector(selector);

  function show(next: number) {
    const state = stepState(data, next);
    const changed = state.step !== step;
    step = state.step;
    for (const part of partIds) {
      const group = find(`#${partElementId(part)}`);
      if (!group) continue;
      const highlighted = state.highlight.has(part);
      group.setAttribute('class', partClass(highlighted));
      if (state.hidden.has(part)) group.setAttribute('visibility', 'hidden');
      else group.removeAttribute('visibility');
      const mark = group.querySelector('[data-mark]');
      if (mark) mark.textContent = labelMark(highlighted);
    }
    // A new element restarts the signal's run round the loop, as each step should.
    const signal = find('.signal');
    if (changed && signal) signal.replaceWith(signal.cloneNode());
    const description = find('desc');
    if (description) description.textContent = state.description;
    const count = find('[data-step-count]');
    if (count) count.textContent = `Step ${String(state.step)} of ${String(state.total)}`;
    const text = find('[data-step-text]');
    if (text) text.textContent = state.text;
    find('[data-go="-1"]')?.setAttribute('aria-disabled', String(state.atStart));
    find('[data-go="1"]')?.setAttribute('aria-disabled', String(state.atEnd));
  }

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-go]') : null;
    if (button) show(step + Number(button.dataset.go));
  });
  return () => step;
}
