/**
 * Text as quotes and evidence are compared with the source and the lessons: lower case, one space
 * for any run of white space, straight quotes, and the trailing full stop dropped (a list item may
 * end with or without one).
 */
export function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}
