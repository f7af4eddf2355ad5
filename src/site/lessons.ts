// The one place pages read the lesson collection, so every page sees the same sorted sequence.
import { getCollection, type CollectionEntry } from 'astro:content';
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
