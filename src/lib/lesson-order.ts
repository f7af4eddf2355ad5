/** A lesson as far as ordering goes: where it lives and the `order` it claims. */
export interface OrderedLesson {
  /** Path of the lesson file, for messages. */
  file: string;
  order: number;
}

/**
 * Checks that lesson orders run 1, 2, … N with no duplicate and no gap, so "Lesson N of M",
 * previous and next are always well defined. Returns one message per problem, each naming the
 * files and the `order` field; an empty list means the sequence is sound.
 */
export function lessonOrderProblems(lessons: readonly OrderedLesson[]): string[] {
  const filesByOrder = Map.groupBy(lessons, (lesson) => lesson.order);
  const problems: string[] = [];
  for (const [order, sharing] of [...filesByOrder].sort(([a], [b]) => a - b)) {
    if (sharing.length > 1) {
      const files = sharing.map((lesson) => lesson.file).join(', ');
      problems.push(`field "order": ${String(order)} is used by more than one lesson (${files}).`);
    }
  }
  for (let order = 1; order <= lessons.length; order += 1) {
    if (!filesByOrder.has(order)) {
      problems.push(
        `field "order": no lesson has order ${String(order)}; orders must run from 1 to ${String(lessons.length)} without gaps.`,
      );
    }
  }
  return problems;
}

/** Lessons sorted by their `order`, without changing the input. */
export function byOrder<T extends { order: number }>(lessons: readonly T[]): T[] {
  return lessons.toSorted((a, b) => a.order - b.order);
}
