/** What the outline needs of a lesson; the page layer maps content entries to this. */
export interface OutlineLesson {
  id: string;
  title: string;
  order: number;
  minutes: number;
}

/** A lesson's place in the sequence: "Lesson N of M" and its neighbours. */
export interface LessonPosition<T extends OutlineLesson> {
  number: number;
  total: number;
  previous: T | undefined;
  next: T | undefined;
}

/** Total study time of a course, in minutes. */
export function totalMinutes(lessons: readonly OutlineLesson[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
}

/**
 * Where a lesson sits in a sequence already sorted by order. Throws for an id that is not in the
 * sequence, because that is a bug in the page that asks, not a learner's mistake.
 */
export function positionOf<T extends OutlineLesson>(sequence: readonly T[], id: string): LessonPosition<T> {
  const index = sequence.findIndex((lesson) => lesson.id === id);
  if (index === -1) throw new Error(`No lesson "${id}" in the course sequence.`);
  return {
    number: index + 1,
    total: sequence.length,
    previous: sequence[index - 1],
    next: sequence[index + 1],
  };
}
