// Internal links in one place, so a build served from another folder (an LMS package) changes
// them here and nowhere else.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The site icon. */
export const faviconHref = `${base}favicon.svg`;

/** The course home. */
export const homeHref = base;

/** The learner's progress page. */
export const progressHref = `${base}progress/`;

/** A lesson page, optionally at one of its sections. */
export function lessonHref(id: string, section?: string): string {
  return `${base}lessons/${id}/${section ? `#${section}` : ''}`;
}

/** A topic quiz page. */
export function quizHref(id: string): string {
  return `${base}quizzes/${id}/`;
}

/** The list of topic quizzes. */
export const quizzesHref = `${base}quizzes/`;

/** The instructors' assignment-link builder. */
export const assignHref = `${base}instructor/assign/`;

/** The post-test. */
export const postTestHref = `${base}post-test/`;

/** The course evaluation. */
export const evaluationHref = `${base}evaluation/`;

/** The certificate of completion. */
export const certificateHref = `${base}certificate/`;

/** The learner's completion report. */
export const reportHref = `${base}report/`;

/** The instructor guide. */
export const instructorHref = `${base}instructor/`;
