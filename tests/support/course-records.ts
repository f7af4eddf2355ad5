// The course as the progress record sees it, read from the sources: lesson ids and every quiz
// with the item ids an attempt can hold. For the size tests of the record and of the LMS copy.
import { course } from '../../src/course';
import { lessonSources, quizContent, readContent } from '../../src/lib/content/collections';
import type { LmsRules } from '../../src/lib/lms/tracking';
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
