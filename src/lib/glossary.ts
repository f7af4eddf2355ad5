// Checks of the glossary that need more than one entry: its quotes against the clinical source,
// its references against the lessons' anchors, and the lessons' <Term id> uses against its ids.
// Plain functions over plain data, so the build (src/content.config.ts) and tests share them.

/** Text as quotes are compared: one space for any run of white space, trimmed. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What the checks need of a glossary entry. */
export interface GlossaryRefs {
  id: string;
  source: string;
  lesson: string;
  section: string;
}

/**
 * Problems with glossary entries, naming the file, the entry and the field: a `source` quote
 * that is not in the source, a `lesson` or `section` that does not exist. `anchors` maps each
 * lesson id to its anchors (see src/lib/content/lesson-mdx.ts).
 */
export function glossaryProblems(
  file: string,
  entries: readonly GlossaryRefs[],
  source: string,
  anchors: ReadonlyMap<string, readonly string[]>,
): string[] {
  const text = collapseWhiteSpace(source);
  const problems: string[] = [];
  for (const { id, source: quote, lesson, section } of entries) {
    if (!text.includes(collapseWhiteSpace(quote)))
      problems.push(`${file}: term "${id}", field "source": the quote is not in src/source/clonus.txt.`);
    const known = anchors.get(lesson);
    if (!known) problems.push(`${file}: term "${id}", field "lesson": there is no lesson "${lesson}".`);
    else if (!known.includes(section))
      problems.push(
        `${file}: term "${id}", field "section": lesson "${lesson}" has no section "${section}" (it has: ${known.join(', ')}).`,
      );
  }
  return problems;
}

/**
 * `<Term>` uses in lessons whose id the glossary does not define, naming the lesson file and the
 * id. `termIds` maps each lesson file to the ids it uses (see src/lib/content/lesson-mdx.ts).
 */
export function unknownTermProblems(
  glossaryFile: string,
  termIds: ReadonlyMap<string, readonly string[]>,
  glossaryIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const [file, ids] of termIds) {
    for (const id of ids) {
      if (!glossaryIds.has(id))
        problems.push(`${file}: <Term id="${id}">: there is no term "${id}" in ${glossaryFile}.`);
    }
  }
  return problems;
}
