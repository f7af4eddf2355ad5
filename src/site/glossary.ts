// The one place pages read the glossary collection.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { lessonSections, type LessonSection, type SequencedLesson } from './lessons';
import { contentLocations } from '../lib/content/locations';
import { glossaryHref, lessonHref } from './paths';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Every term, in alphabetical order of the term as listed. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );
}

/**
 * One term for a lesson's `<Term id>`. The build has already checked every id used in a lesson
 * (src/content.config.ts); this guards any other page, naming the page and the id.
 */
export async function termFor(id: string | undefined, page: URL): Promise<GlossaryEntry & { href: string }> {
  const entry = id ? await getEntry('glossary', id) : undefined;
  if (!entry)
    throw new Error(
      `${page.pathname}: <Term id="${id ?? ''}">: there is no term "${id ?? ''}" in ${contentLocations.glossary}.`,
    );
  return { ...entry, href: glossaryHref(entry.id) };
}

// Rendering a lesson for its headings is the costly part: once per lesson, not once per term.
const sectionsByLesson = new Map<string, Promise<LessonSection[]>>();

/** Where a term is taught: the link and its label "Lesson title — Section". */
export async function taughtIn(
  entry: GlossaryEntry,
  lessons: readonly SequencedLesson[],
): Promise<{ href: string; lesson: string; section: string }> {
  const lesson = lessons.find((candidate) => candidate.id === entry.data.lesson);
  if (!lesson)
    throw new Error(`${contentLocations.glossary}: term "${entry.id}" refers to a missing lesson.`);
  if (!sectionsByLesson.has(lesson.id)) sectionsByLesson.set(lesson.id, lessonSections(lesson.entry));
  const section = (await sectionsByLesson.get(lesson.id))?.find(
    (candidate) => candidate.slug === entry.data.section,
  );
  return {
    href: lessonHref(lesson.id, entry.data.section),
    lesson: lesson.title,
    section: section?.text ?? entry.data.section,
  };
}

// How many times each page render has used each term, so a term used twice gets a second id.
const usesPerPage = new WeakMap<Request, Map<string, number>>();

/** An id for a term's preview, unique in the page being rendered. */
export function previewId(termId: string, page: Request): string {
  const uses = usesPerPage.get(page) ?? new Map<string, number>();
  usesPerPage.set(page, uses);
  const count = (uses.get(termId) ?? 0) + 1;
  uses.set(termId, count);
  return `term-preview-${termId}${count > 1 ? `-${String(count)}` : ''}`;
}
