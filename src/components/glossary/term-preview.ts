// Escape for glossary term previews (Term.astro). The previews show by CSS while their term is
// hovered or focused; Escape hides the ones showing without moving focus (WCAG 2.2 SC 1.4.13,
// "dismissible"), until the term is hovered or focused anew. Also keeps a preview on screen
// when its term sits near the right edge. One set of listeners on the document serves every term.

const shown = '.term:is(:hover, :focus-within):not([data-dismissed])';

/** The term box an event happened in, if any. */
function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.term') : null;
}

/** Shifts a showing preview left by as much as it overflows the viewport's right edge. */
function keepOnScreen(term: HTMLElement): void {
  const preview = term.querySelector<HTMLElement>('.term-preview');
  if (!preview) return;
  preview.style.removeProperty('translate');
  const { left, right } = preview.getBoundingClientRect();
  const overflow = right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) preview.style.translate = `${String(-Math.min(overflow, Math.max(left - 8, 0)))}px`;
}

/** A new hover or focus shows the preview again, even after Escape. */
function reopen(term: HTMLElement): void {
  term.removeAttribute('data-dismissed');
  requestAnimationFrame(() => {
    keepOnScreen(term);
  });
}

document.addEventListener('focusin', (event) => {
  const term = termOf(event.target);
  if (term) reopen(term);
});

document.addEventListener('pointerover', (event) => {
  const term = termOf(event.target);
  // pointerover bubbles from every child; only entering the term from outside is a new hover.
  if (term && !term.contains(event.relatedTarget as Node | null)) reopen(term);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll(shown)) term.setAttribute('data-dismissed', '');
});
