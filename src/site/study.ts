// What completes the course's lessons and how long the course takes, from the course metadata and
// the content: the study plan the progress islands and the LMS judge completion by
// (lib/progress/completion.ts), and the contact hours derived from stated study time
// (lib/contact-hours.ts).
import { course } from '../course';
import { deriveContactHours, quizMinutes, type ContactHours } from '../lib/contact-hours';
import { totalMinutes } from '../lib/course-outline';
import type { StudyPlan } from '../lib/progress/completion';
import { scoredItems } from '../lib/quiz/entries';
import { getLessonSequence } from './lessons';
import { getPostTest, getQuizzes } from './quizzes';

/** Lesson id to the id of the knowledge check that closes it. */
export async function knowledgeChecks(): Promise<Record<string, string>> {
  const checks: Record<string, string> = {};
  for (const quiz of await getQuizzes())
    if (quiz.data.kind === 'knowledge-check') checks[quiz.data.lesson] = quiz.id;
  return checks;
}

/** Every lesson in order with its knowledge check, and the course's completion rule. */
export async function studyPlan(): Promise<StudyPlan> {
  const checks = await knowledgeChecks();
  return {
    lessons: (await getLessonSequence()).map((lesson) => ({ id: lesson.id, checkId: checks[lesson.id] })),
    rule: course.lessonCompletion,
  };
}

/** The certificate's contact hours, with the derivation it prints. */
export async function courseContactHours(): Promise<ContactHours> {
  const quizzes = await getQuizzes();
  const topicItems = quizzes
    .filter((quiz) => quiz.data.kind === 'topic')
    .reduce((sum, quiz) => sum + scoredItems(quiz.data.items).length, 0);
  return deriveContactHours({
    lessons: totalMinutes(await getLessonSequence()),
    quizzes: quizMinutes(topicItems, course.minutesPerQuizItem),
    postTest: quizMinutes((await getPostTest()).data.draw, course.minutesPerQuizItem),
  });
}
