// The assignable parts of the course, with their titles and links, for the islands that list
// them (My progress, assignments).
import { getLessonSequence } from './lessons';
import { getQuizzes } from './quizzes';
import { lessonHref, postTestHref, quizHref } from './paths';
import { knowledgeChecks } from './study';

export interface CoursePart {
  id: string;
  title: string;
  href: string;
}

/** A lesson, with the knowledge check its completion may need (lib/progress/completion.ts). */
export interface LessonPart extends CoursePart {
  checkId?: string | undefined;
}

export async function courseParts(): Promise<{ lessons: LessonPart[]; quizzes: CoursePart[] }> {
  const checks = await knowledgeChecks();
  const lessons = (await getLessonSequence()).map((lesson) => ({
    id: lesson.id,
    title: lesson.title,
    href: lessonHref(lesson.id),
    checkId: checks[lesson.id],
  }));
  const quizzes = (await getQuizzes()).map((quiz) => ({
    id: quiz.id,
    title: quiz.data.title,
    href:
      quiz.data.kind === 'knowledge-check'
        ? lessonHref(quiz.data.lesson, 'knowledge-check')
        : quiz.data.kind === 'post-test'
          ? postTestHref
          : quizHref(quiz.id),
  }));
  return { lessons, quizzes };
}
