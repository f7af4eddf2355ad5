// The heading anchors a lesson page will have, read from the lesson's MDX source before the site
// is built, so quiz references can be checked while the content loads. Anchors are made the way
// Astro makes them (github-slugger, one slugger per page, so repeated headings get -1, -2).
import GithubSlugger from 'github-slugger';

/** Anchors of a lesson's headings (every level), plus "key-points" when it has the box. */
export function lessonAnchors(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  let inFence = false;
  for (const line of mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) anchors.push(slugger.slug(heading[1].replace(/[*_`]/g, '')));
  }
  if (mdx.includes('<KeyPoints')) anchors.push('key-points');
  return anchors;
}

/** What the reference check needs of a quiz. */
export interface QuizRefs {
  file: string;
  lesson?: string | undefined;
  refs: { itemId: string; lesson: string; section: string }[];
}

/**
 * Problems with quizzes' references to lessons: an unknown lesson or section, naming the file
 * and the item. `anchors` maps each lesson id to its anchors.
 */
export function quizRefProblems(
  quizzes: readonly QuizRefs[],
  anchors: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  for (const quiz of quizzes) {
    if (quiz.lesson !== undefined && !anchors.has(quiz.lesson)) {
      problems.push(`${quiz.file}: field "lesson": there is no lesson "${quiz.lesson}".`);
    }
    for (const { itemId, lesson, section } of quiz.refs) {
      const known = anchors.get(lesson);
      if (!known)
        problems.push(`${quiz.file}: item "${itemId}", field "ref.lesson": there is no lesson "${lesson}".`);
      else if (!known.includes(section)) {
        problems.push(
          `${quiz.file}: item "${itemId}", field "ref.section": lesson "${lesson}" has no section "${section}" (it has: ${known.join(', ')}).`,
        );
      }
    }
  }
  return problems;
}
