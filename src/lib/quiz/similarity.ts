// How alike two texts are, for the item linter's near-duplicate rule (lint.ts). The measure is
// documented in the README (Authoring → The item linter):
//
// 1. Each text becomes a set of content words: quotes and white space made comparable
//    (content/text.ts), lower case, split on anything not a letter, stop words dropped (the
//    function words of English and the words every item shares: client, nurse, person, clonus…),
//    a plural or third-person "s" dropped so "jerk" and "jerks" are one word.
// 2. Two sets are compared by their cosine (the Ochiai coefficient): the words they share over the
//    geometric mean of their sizes. Unlike Jaccard (shared over all), padding a copy with a few
//    words of its own lowers the score only gently; unlike the overlap coefficient (shared over
//    the smaller), a short stem is not a "copy" of every long item that happens to hold its words.
// 3. Sets of fewer than `minWords` words are never compared: two five-word stems can share most of
//    their words by chance.
// The thresholds that make two texts near-copies are in lint.ts (`nearDuplicateThresholds`).
import { comparable } from '../content/text';

/**
 * Words that say nothing about what an item asks: English function words, and the words every
 * item of this course uses (its subject, its people, its question frames).
 */
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'may me might more most must my myself no nor not now of off on once one only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while ' +
    'who whom why will with would you your yours yourself ' +
    // The course's own frame: every item is about clonus, a client, a person, a nurse, and asks.
    'clonus client clients person people nurse nurses patient patients student students ' +
    'statement statements best following select apply ask asks asked tell tells told say says said ' +
    'likely accurate correct true answer reply response explain explains'
  ).split(' '),
);

/** The content words of a text, as a set (see the file's comment). */
export function contentWords(text: string): Set<string> {
  const words = comparable(text)
    .replace(/'s\b/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .map((word) =>
      word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
  return new Set(words);
}

/** Sets smaller than this are too short to call a copy. */
export const minWords = 6;

/** Cosine of two word sets (Ochiai): shared over the geometric mean of their sizes. */
export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (Math.min(a.size, b.size) < minWords) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}
