// The reflex-loop figure as the server renders it, stepped through by its script as a learner
// would: by role and label.
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { stepThroughFigure } from '../../src/components/figures/reflex-loop-stepper';
import { drawingMarkup, escapeMarkup } from '../../src/lib/figures/reflex-loop-drawing';
import { readFigure } from '../../src/lib/content/collections';
import {
  clientParts,
  clientSteps,
  partElementId,
  partIds,
  reflexLoopFigureId,
} from '../../src/lib/figures/reflex-loop';
import { projectRoot } from '../support/project';

// The figure's content, read as the build reads it (src/content/figures/reflex-loop.yaml).
const figure = readFigure(projectRoot, reflexLoopFigureId);
const figureTitle = figure.title;
const steps = clientSteps(figure);
const parts = clientParts(figure);

function renderFigure() {
  const container = document.createElement('div');
  container.innerHTML = drawingMarkup({ title: figureTitle, steps, parts });
  document.body.append(container);
  stepThroughFigure(container, { steps, parts });
  return { container, user: userEvent.setup() };
}

afterEach(() => {
  document.body.replaceChildren();
});

const announced = () => screen.getByRole('status').textContent.replace(/\s+/g, ' ').trim();
const previous = () => screen.getByRole('button', { name: 'Previous step' });
const next = () => screen.getByRole('button', { name: 'Next step' });
/** The drawing's accessible description. */
const description = () => {
  const id = screen.getByRole('img').getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent;
};
/** Ids of the parts drawn highlighted. */
const highlighted = (container: HTMLElement) =>
  [...container.querySelectorAll('svg .active')].map((element) => element.id).sort();

describe('reflex-loop figure', () => {
  it('is a named image with an element for every part', () => {
    const { container } = renderFigure();
    expect(screen.getByRole('img', { name: figureTitle })).toBeTruthy();
    for (const part of partIds) expect(container.querySelector(`svg #${partElementId(part)}`)).not.toBeNull();
  });

  it('starts at step 1, with Previous unavailable', () => {
    const { container } = renderFigure();
    expect(announced()).toBe(`Step 1 of ${String(steps.length)} ${steps[0]?.text ?? ''}`);
    expect(previous().getAttribute('aria-disabled')).toBe('true');
    expect(next().getAttribute('aria-disabled')).toBe('false');
    expect(highlighted(container)).toEqual(['reflex-loop-muscle', 'reflex-loop-stretch']);
  });

  it('steps forward and back, announcing each step and highlighting its parts', async () => {
    const { container, user } = renderFigure();
    for (const [index, step] of steps.entries()) {
      expect(announced()).toBe(`Step ${String(index + 1)} of ${String(steps.length)} ${step.text}`);
      expect(highlighted(container)).toEqual(step.highlight.map(partElementId).sort());
      const labels = step.highlight.map((part) => parts[part].label).join(', ');
      expect(description()).toBe(
        `Step ${String(index + 1)} of ${String(steps.length)}. Highlighted: ${labels}.`,
      );
      await user.click(next());
    }
    await user.click(previous());
    expect(announced()).toMatch(new RegExp(`^Step ${String(steps.length - 1)} of`));
  });

  it('stays at the last step, with Next unavailable and still focused', async () => {
    const { user } = renderFigure();
    next().focus();
    for (let press = 0; press < steps.length + 2; press += 1) await user.keyboard('{Enter}');
    expect(announced()).toMatch(new RegExp(`^Step ${String(steps.length)} of ${String(steps.length)} `));
    expect(next().getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next());
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(announced()).toMatch(new RegExp(`^Step ${String(steps.length - 1)} of`));
  });

  it('stays at the first step when Previous is pressed there', async () => {
    const { user } = renderFigure();
    await user.click(previous());
    expect(announced()).toMatch(/^Step 1 of/);
  });

  it('draws the lesion only from the step that introduces it', async () => {
    const { container, user } = renderFigure();
    const lesion = () => container.querySelector(`#${partElementId('lesion')}`)?.getAttribute('visibility');
    expect(lesion()).toBe('hidden');
    const introducedAt = steps.findIndex((step) => step.highlight.includes('lesion'));
    for (let step = 0; step < introducedAt; step += 1) await user.click(next());
    expect(lesion()).toBeNull();
  });

  it('draws labels from content as text, never as markup', () => {
    expect(escapeMarkup('<b>"A" & B</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
    const container = document.createElement('div');
    container.innerHTML = drawingMarkup({
      title: '<i>T</i>',
      steps,
      parts: { ...parts, brain: { ...parts.brain, label: '<img src=x>' } },
    });
    expect(container.querySelector('img, i')).toBeNull();
    expect(container.querySelector(`#${partElementId('brain')} text`)?.textContent).toContain('<img');
  });
});
