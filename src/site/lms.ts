// What the LMS launch page and the package manifest need to know about the course.
import { course } from '../course';
import type { LmsRules } from '../lib/lms/tracking';
import { getLessonSequence } from './lessons';
import { getPostTest, getQuizzes } from './quizzes';
import { knowledgeChecks } from './study';

export async function lmsRules(): Promise<LmsRules> {
  return {
    lessonIds: (await getLessonSequence()).map((lesson) => lesson.id),
    knowledgeChecks: await knowledgeChecks(),
    lessonCompletion: course.lessonCompletion,
    quizIds: (await getQuizzes()).map((quiz) => quiz.id),
    postTestId: (await getPostTest()).id,
    passMark: course.postTestPassMark,
  };
}
