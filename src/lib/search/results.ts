// Search results as the search page shows them: lessons in Pagefind's order of relevance, each
// with the sections that match, a section being a heading to link to and an excerpt. Pure: plain
// data in, plain data out, so it runs in Node under vitest.
import type { PagefindResultData } from './pagefind-api';

/** A piece of an excerpt: plain text, marked when it is a hit. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SectionResult {
  /** The section heading: the link text. */
  heading: string;
  /** The lesson page with the heading's #anchor. */
  href: string;
  excerpt: ExcerptPart[];
}

export interface LessonResult {
  title: string;
  href: string;
  sections: SectionResult[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references decoded; an unknown name stays as written. */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into text and hits. Pagefind escapes the page text and adds only
 * <mark> and </mark>; anything else that looks like a tag stays text. The parts are rendered as
 * text nodes and <mark> elements, never as HTML, so an excerpt cannot inject markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece !== '') parts.push({ text: decode(piece), mark: marked });
  }
  return parts;
}

/** One lesson's result, or undefined when no section of it matched. */
export function lessonResult(data: PagefindResultData): LessonResult | undefined {
  const title = data.meta.title ?? data.url;
  const sections = data.sub_results.map((section) => ({
    heading: section.title,
    href: section.url,
    excerpt: excerptParts(section.excerpt),
  }));
  return sections.length > 0 ? { title, href: data.url, sections } : undefined;
}

/** How many links the results hold: one per section. */
export function sectionCount(lessons: LessonResult[]): number {
  return lessons.reduce((total, lesson) => total + lesson.sections.length, 0);
}

/** What the live region says once a search is done: "3 results for ‘spasticity’ in 2 lessons". */
export function resultsSummary(query: string, lessons: LessonResult[]): string {
  const sections = sectionCount(lessons);
  if (sections === 0) return `No results for ‘${query}’. Try another word, or fewer words.`;
  const results = `${sections} ${sections === 1 ? 'result' : 'results'} for ‘${query}’`;
  return lessons.length === 1 ? `${results} in 1 lesson` : `${results} in ${lessons.length} lessons`;
}
