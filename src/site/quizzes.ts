// The one place pages read the quiz collection, and build what the quiz island needs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { fnv1a } from '../lib/hash';
import type { PostTestBank } from '../schemas/quiz';
import { scoredItems } from '../lib/quiz/entries';
import { lessonSections, type LessonSection, type SequencedLesson } from './lessons';
import { lessonHref } from './paths';

export type QuizEntryData = CollectionEntry<'quizzes'>;

export async function getQuizzes(): Promise<QuizEntryData[]> {
  return (await getCollection('quizzes')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The course's one post-test; the build fails if there is none. */
/** A quiz entry whose data is the post-test bank. */
export type PostTestEntry = QuizEntryData & { data: PostTestBank };

const isPostTest = (quiz: QuizEntryData): quiz is PostTestEntry => quiz.data.kind === 'post-test';

export async function getPostTest(): Promise<PostTestEntry> {
  const postTest = (await getQuizzes()).find(isPostTest);
  if (!postTest) throw new Error('The course has no post-test (a quiz with kind: post-test in src/quizzes).');
  return postTest;
}

/** The link under each item's feedback: the lesson section that teaches its answer. */
export async function reviewLinks(
  quiz: QuizEntryData,
  lessons: readonly SequencedLesson[],
): Promise<Record<string, { href: string; label: string }>> {
  const links: Record<string, { href: string; label: string }> = {};
  // Rendering a lesson for its headings is the costly part: once per lesson, not once per item.
  const sectionsByLesson = new Map<string, Promise<LessonSection[]>>();
  for (const item of scoredItems(quiz.data.items)) {
    const lesson = lessons.find((candidate) => candidate.id === item.ref.lesson);
    if (!lesson) throw new Error(`${quiz.id}: item "${item.id}" refers to a missing lesson.`);
    if (!sectionsByLesson.has(lesson.id)) sectionsByLesson.set(lesson.id, lessonSections(lesson.entry));
    const section = (await sectionsByLesson.get(lesson.id))?.find(
      (candidate) => candidate.slug === item.ref.section,
    );
    links[item.id] = {
      href: lessonHref(lesson.id, item.ref.section),
      label: section ? `${lesson.title}: ${section.text}` : lesson.title,
    };
  }
  return links;
}

/** Which lesson each item of each quiz draws on, for results by topic. */
export function itemLessons(quizzes: readonly QuizEntryData[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    quizzes.map((quiz) => [
      quiz.id,
      Object.fromEntries(scoredItems(quiz.data.items).map((item) => [item.id, item.ref.lesson])),
    ]),
  );
}

/** A stable seed per quiz, so the first shuffle is the same when built and when hydrated. */
export function quizSeed(quizId: string): number {
  return fnv1a(quizId);
}

/** The knowledge check that closes a lesson, if it has one. */
export async function knowledgeCheckFor(lessonId: string): Promise<QuizEntryData | undefined> {
  return (await getQuizzes()).find(
    (quiz) => quiz.data.kind === 'knowledge-check' && quiz.data.lesson === lessonId,
  );
}

/** The section a lesson page adds for its knowledge check, after the lesson's own sections. */
export const knowledgeCheckSection: LessonSection = {
  slug: 'knowledge-check',
  text: 'Check your understanding',
};

/** Every section of a lesson page, its knowledge check included: for the contents and resume. */
export async function pageSections(lesson: SequencedLesson): Promise<LessonSection[]> {
  const sections = await lessonSections(lesson.entry);
  return (await knowledgeCheckFor(lesson.id)) ? [...sections, knowledgeCheckSection] : sections;
}
