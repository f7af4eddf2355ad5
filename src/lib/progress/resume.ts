// "Continue where you left off": the saved lesson and section as a link and the words for it.
import type { Progress } from './model';

/** A lesson as the resume link needs it: its address, title and sections (heading anchors). */
export interface ResumableLesson {
  id: string;
  title: string;
  href: string;
  sections: { slug: string; text: string }[];
}

/** Where the learner left off, or undefined when there is no place (or it is not a lesson any more). */
export function resumePlace(
  progress: Progress,
  lessons: readonly ResumableLesson[],
): { href: string; place: string } | undefined {
  const location = progress.location;
  const lesson = lessons.find((candidate) => candidate.id === location?.lessonId);
  if (!location || !lesson) return undefined;
  const section = lesson.sections.find((candidate) => candidate.slug === location.sectionId);
  return {
    href: section ? `${lesson.href}#${section.slug}` : lesson.href,
    place: section ? `${lesson.title}: ${section.text}` : lesson.title,
  };
}
