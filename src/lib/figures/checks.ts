// A figure against the clinical source and its drawing's code: every quote is the source's own
// words, every word of a label, step or title is in its quotes (so a figure cannot say what the
// source does not), and its parts are exactly the parts its drawing has. Plain functions over plain
// data, run by the figures loader (src/content.config.ts) and by tests.
import type { Figure } from '../../schemas/figure';
import { comparable } from '../content/text';

/** Short or non-clinical words a label or step may use without a quote: "from" joins a title. */
const unquotedWords = new Set(['from']);

/**
 * Words of four letters or more in `text` that none of `quotes` has. A plural or third-person "s"
 * is allowed ("jerks" for "jerk").
 */
export function wordsBeyondQuotes(text: string, quotes: readonly string[]): string[] {
  const quoted = comparable(quotes.join(' '));
  return (comparable(text).match(/[a-z']{4,}/g) ?? []).filter(
    (word) => !unquotedWords.has(word) && !quoted.includes(word) && !quoted.includes(word.replace(/s$/, '')),
  );
}

/** A quote and the field it sits at, for messages. */
interface Quote {
  field: string;
  text: string;
}

/** The quotes of a list field, each at its index ("steps.2.source.0"). */
const quotesAt = (field: string, texts: readonly string[]): Quote[] =>
  texts.map((text, index) => ({ field: `${field}.${String(index)}`, text }));

/** Problems of one figure, naming the file and the field. `source` is the clinical source's text. */
export function figureProblems(
  file: string,
  figure: Figure,
  source: string,
  drawingParts: readonly string[],
): string[] {
  const sourceText = comparable(source);
  const problems: string[] = [];
  /** Authored text at `field` and the quotes it rests on. */
  const check = (field: string, text: string, quotes: readonly Quote[]) => {
    for (const quote of quotes)
      if (!sourceText.includes(comparable(quote.text)))
        problems.push(`${file}: field "${quote.field}": the quote is not in src/source/clonus.txt.`);
    const beyond = wordsBeyondQuotes(
      text,
      quotes.map((quote) => quote.text),
    );
    if (beyond.length > 0)
      problems.push(
        `${file}: field "${field}": ${beyond.map((word) => `"${word}"`).join(', ')} is in none of its quotes.`,
      );
  };
  check('title', figure.title, quotesAt('titleSource', figure.titleSource));
  for (const [id, part] of Object.entries(figure.parts))
    check(`parts.${id}.label`, part.label, [{ field: `parts.${id}.source`, text: part.source }]);
  figure.steps.forEach((step, index) => {
    check(`steps.${String(index)}.text`, step.text, quotesAt(`steps.${String(index)}.source`, step.source));
  });
  const parts = Object.keys(figure.parts);
  const missing = drawingParts.filter((id) => !parts.includes(id));
  if (missing.length > 0)
    problems.push(`${file}: field "parts": no label for the drawing's part(s) ${missing.join(', ')}.`);
  for (const id of parts.filter((part) => !drawingParts.includes(part)))
    problems.push(
      `${file}: field "parts.${id}": the drawing has no part "${id}" (it has: ${drawingParts.join(', ')}).`,
    );
  return problems;
}
