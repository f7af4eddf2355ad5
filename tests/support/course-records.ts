// The course as the progress record sees it, read from the sources: lesson ids and every quiz
// with the item ids an attempt can hold. For the size tests of the record and of the LMS copy.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { course } from '../../src/course';
import type { LmsRules } from '../../src/lib/lms/tracking';
import { scoredItems } from '../../src/lib/quiz/entries';
import { parsedQuizzes } from './quiz-files';

export const courseLessonIds = readdirSync(resolve(import.meta.dirname, '../../src/content/lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

/** Each quiz's id, the ids of its scored items and how many one attempt holds. */
export const courseQuizzes = parsedQuizzes().map(({ id, quiz }) => {
  const itemIds = scoredItems(quiz.items).map((item) => item.id);
  return { id, itemIds, perAttempt: quiz.draw ?? itemIds.length };
});

export const postTestId = 'post-test';

export const lmsRules: LmsRules = {
  lessonIds: courseLessonIds,
  quizIds: courseQuizzes.map((quiz) => quiz.id),
  postTestId,
  passMark: course.postTestPassMark,
};
