// The instructor guide against the lessons: the guide page shows class material for every lesson,
// so each lesson needs an entry, and an entry for a lesson that does not exist is a typo.
// A plain function over plain data, run by the guide's loader (src/content.config.ts) and by tests.

/**
 * Problems with the guide's entries, naming the file and the field: a lesson without an entry,
 * an entry for no lesson.
 */
export function instructorGuideProblems(
  file: string,
  guideIds: readonly string[],
  lessonIds: readonly string[],
): string[] {
  const missing = lessonIds.filter((id) => !guideIds.includes(id));
  const problems = guideIds
    .filter((id) => !lessonIds.includes(id))
    .map((id) => `${file}: field "lessons.${id}": there is no lesson "${id}".`);
  if (missing.length > 0) problems.unshift(`${file}: field "lessons": no entry for ${missing.join(', ')}.`);
  return problems;
}
