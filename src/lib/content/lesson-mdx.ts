// A lesson's MDX read as a document, not scanned line by line: parsed to mdast with MDX's JSX and
// ESM (so <KeyPoints>, <Term> and imports are syntax, not text) and its YAML frontmatter, so a
// heading inside a code block, a setext heading or a <Term> inside a heading come out as Astro
// reads them. The build's content checks and the tests both read lessons through this file.
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';

/** What the content checks need of a lesson: its section anchors and the glossary terms it links. */
export interface LessonOutline {
  /** The page's heading anchors in page order, `key-points` included where the box stands. */
  anchors: string[];
  /** The `id` of every `<Term id="…">`, in order of use (`""` when it has no literal id). */
  termIds: string[];
}

/** The anchor the KeyPoints component gives its heading (src/components/KeyPoints.astro). */
export const keyPointsAnchor = 'key-points';

export function parseLesson(mdx: string): Root {
  return fromMarkdown(mdx, {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** A node and everything inside it, in document order. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/**
 * A heading's text as the page shows it, which Astro slugs: text and inline code, through
 * emphasis, links and inline JSX such as <Term>. Image alt text and `{expressions}` are not text
 * in the page, so they are left out.
 */
function shownText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'mdxTextExpression') return '';
  return 'children' in node ? node.children.map(shownText).join('') : '';
}

/**
 * The slug Astro gives a heading: github-slugger (as Astro's heading-id step uses it) over the
 * text. Astro's smart punctuation first turns a run of hyphens into an en or em dash, which the
 * slugger drops, so a run of hyphens is dropped here too ("A -- B" → "a--b", not "a----b").
 */
function headingSlug(slugger: GithubSlugger, text: string): string {
  return slugger.slug(text.replace(/-{2,}/g, ''));
}

export function lessonOutline(mdx: string): LessonOutline {
  // One slugger per page, as Astro does: a repeated heading gets -1, -2.
  const slugger = new GithubSlugger();
  const outline: LessonOutline = { anchors: [], termIds: [] };
  for (const node of walk(parseLesson(mdx))) {
    if (node.type === 'heading') outline.anchors.push(headingSlug(slugger, shownText(node)));
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    if (node.name === 'KeyPoints') outline.anchors.push(keyPointsAnchor);
    if (node.name === 'Term') {
      const id = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
      );
      outline.termIds.push(typeof id?.value === 'string' ? id.value : '');
    }
  }
  return outline;
}

/** The heading anchors a lesson page will have (see {@link lessonOutline}). */
export function lessonAnchors(mdx: string): string[] {
  return lessonOutline(mdx).anchors;
}
