// A stem's emphasis: authors bold a negative word (**NOT**, **EXCEPT**) so no learner misreads
// the task (the item linter warns when they do not, lint-rules.ts). Stems are plain text, not
// Markdown: `**…**` is the only markup, split out here so the component renders it as <strong>.

/** A run of a stem's text, bold or not. */
export interface TextPart {
  text: string;
  strong: boolean;
}

/** `text` cut into plain and bold runs, at each `**…**`; an unpaired `**` stays as it is. */
export function emphasisParts(text: string): TextPart[] {
  return text
    .split(/\*\*([^*]+)\*\*/)
    .map((part, index) => ({ text: part, strong: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
