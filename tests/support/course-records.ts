// The course as the progress record sees it, read from the sources: lesson ids and every quiz
// with the item ids an attempt can hold. For the size tests of the record and of the LMS copy,
// and for tests that need a record of lessons studied as the course's completion rule asks.
import { course } from '../../src/course';
import { lessonSources, quizContent, readContent } from '../../src/lib/content/collections';
import type { LmsRules } from '../../src/lib/lms/tracking';
import { reachLessonEnd, recordQuizAttempt } from '../../src/lib/progress/actions';
import type { Progress } from '../../src/lib/progress/model';
import { scoredItems } from '../../src/lib/quiz/entries';
import { projectRoot } from './project';

export const courseLessonIds = lessonSources(projectRoot).map((lesson) => lesson.id);

/** Each quiz's id, the ids of its scored items and how many one attempt holds. */
export const courseQuizzes = readContent(quizContent, projectRoot).map(({ id, data: quiz }) => {
  const itemIds = scoredItems(quiz.items).map((item) => item.id);
  return { id, itemIds, perAttempt: quiz.kind === 'post-test' ? quiz.draw : itemIds.length };
});

export const postTestId = 'post-test';

/** Lesson id to the id of the knowledge check that closes it. */
export const courseKnowledgeChecks = Object.fromEntries(
  readContent(quizContent, projectRoot).flatMap(({ id, data: quiz }) =>
    quiz.kind === 'knowledge-check' ? [[quiz.lesson, id]] : [],
  ),
);

export const lmsRules: LmsRules = {
  lessonIds: courseLessonIds,
  knowledgeChecks: courseKnowledgeChecks,
  lessonCompletion: course.lessonCompletion,
  quizIds: courseQuizzes.map((quiz) => quiz.id),
  postTestId,
  passMark: course.postTestPassMark,
};

/**
 * A lesson studied as the course's rule asks (lessonCompletion in src/course.ts): its end
 * reached and its knowledge check submitted, every item answered (here all wrong: any score
 * counts). Reaching the end alone would leave the lesson in progress.
 */
export function studied(progress: Progress, lessonId: string, at: number): Progress {
  const read = reachLessonEnd(progress, lessonId, at);
  const checkId = courseKnowledgeChecks[lessonId];
  const check = courseQuizzes.find((quiz) => quiz.id === checkId);
  if (!checkId || !check) return read;
  return recordQuizAttempt(read, checkId, {
    at,
    seconds: 60,
    score: 0,
    max: check.itemIds.length,
    items: Object.fromEntries(check.itemIds.map((id) => [id, 'incorrect'])),
  });
}
