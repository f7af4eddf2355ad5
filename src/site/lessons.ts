// The one place pages read the lesson collection, so every page sees the same sorted sequence.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/lesson-order';

export type Lesson = CollectionEntry<'lessons'>;

/** A lesson entry flattened to what the outline helpers need, keeping the entry for rendering. */
export interface SequencedLesson {
  id: string;
  title: string;
  order: number;
  minutes: number;
  entry: Lesson;
}

/** All lessons in course order. */
export async function getLessonSequence(): Promise<SequencedLesson[]> {
  const entries = await getCollection('lessons');
  return byOrder(
    entries.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      order: entry.data.order,
      minutes: entry.data.minutes,
      entry,
    })),
  );
}

/** A section a learner can be sent to: a lesson's h2 or its closing key points box. */
export interface LessonSection {
  slug: string;
  text: string;
}

/**
 * The lesson's sections in page order: its own h2 headings, then the key points box, whose
 * anchor is fixed by the KeyPoints component. The table of contents and resume links use this.
 */
export async function lessonSections(entry: Lesson): Promise<LessonSection[]> {
  const { headings } = await render(entry);
  const sections = headings
    .filter((heading) => heading.depth === 2)
    .map(({ slug, text }) => ({ slug, text }));
  if (entry.body?.includes('<KeyPoints')) sections.push({ slug: 'key-points', text: 'Key points' });
  return sections;
}
