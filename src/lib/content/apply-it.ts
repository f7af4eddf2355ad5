// A lesson's "Apply it" scenario: the client story under its "Apply it" heading, which the item
// linter (lib/quiz/lint.ts) treats as a bank of its own so no quiz item copies it.
import type { Nodes } from 'mdast';
import { parseLesson } from './lesson-mdx';

/** The heading a lesson's scenario sits under. */
export const applyItHeading = 'Apply it';

const plainText = (node: Nodes): string => {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
};

/**
 * The scenario's paragraphs, joined: from the "Apply it" heading to the next heading or component
 * (the key points box), leaving out the "Check yourself:" lead-in and its questions. `undefined`
 * when the lesson has no such heading.
 */
export function applyItScenario(mdx: string): string | undefined {
  const nodes = parseLesson(mdx).children;
  const start = nodes.findIndex(
    (node) => node.type === 'heading' && plainText(node).trim() === applyItHeading,
  );
  if (start === -1) return undefined;
  const paragraphs: string[] = [];
  for (const node of nodes.slice(start + 1)) {
    if (node.type === 'heading' || node.type === 'mdxJsxFlowElement') break;
    if (node.type !== 'paragraph') continue;
    const text = plainText(node).trim();
    if (/^check yourself:?$/i.test(text)) break;
    paragraphs.push(text);
  }
  return paragraphs.join(' ');
}
