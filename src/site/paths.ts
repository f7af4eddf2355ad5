// Internal links in one place, so a build served from another folder (an LMS package) changes
// them here and nowhere else.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A page's address from its path under the site ('' for the home page): a folder on the static
 * site (lessons/what-is-clonus/), a file in an LMS package (lessons/what-is-clonus.html), whose
 * root-relative links a post-build step then makes relative (integrations/lms/relative-links.ts).
 */
function page(path: string): string {
  if (!import.meta.env.COURSE_PACKAGE) return `${base}${path ? `${path}/` : ''}`;
  return `${base}${path || 'index'}.html`;
}

/** The web app manifest of the offline course (static site only; see integrations/offline/integration.ts). */
export const manifestHref = `${base}manifest.webmanifest`;

/** The site icon. */
export const faviconHref = `${base}favicon.svg`;

/** The course home. */
export const homeHref = page('');

/** The learner's progress page. */
export const progressHref = page('progress');

/** A lesson page, optionally at one of its sections. */
export function lessonHref(id: string, section?: string): string {
  return `${page(`lessons/${id}`)}${section ? `#${section}` : ''}`;
}

/** A topic quiz page. */
export function quizHref(id: string): string {
  return page(`quizzes/${id}`);
}

/** The list of topic quizzes (quizzes/index.astro: a file named quizzes.html in a package). */
export const quizzesHref = page('quizzes');

/** The instructors' assignment-link builder. */
export const assignHref = page('instructor/assign');

/** The post-test. */
export const postTestHref = page('post-test');

/** The course evaluation. */
export const evaluationHref = page('evaluation');

/** The certificate of completion. */
export const certificateHref = page('certificate');

/** The learner's completion report. */
export const reportHref = page('report');

/** Every lesson on one page, for printing. */
export const handoutHref = page('handout');

/** The instructor guide. */
export const instructorHref = page('instructor');

/** The glossary, optionally at one term's entry. */
export function glossaryHref(termId?: string): string {
  return `${page('glossary')}${termId ? `#${termId}` : ''}`;
}

/** Full-text search of the lessons. */
export const searchHref = page('search');

/**
 * Pagefind's browser API, written into the built site by integrations/search/integration.ts. In an
 * LMS package this root-relative address is made relative like every other link.
 */
export const pagefindHref = `${base}pagefind/pagefind.js`;
