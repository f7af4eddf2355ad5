/**
 * The element of a heading at `level`, for components placed at different depths of a page (a
 * quiz in a lesson section, the post-test at the top): HTML has six levels, so deeper is h6.
 */
export function headingTag(level: number): `h${1 | 2 | 3 | 4 | 5 | 6}` {
  const clamped = Math.min(Math.max(Math.round(level), 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
  return `h${clamped}`;
}
