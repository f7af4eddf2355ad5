// Builds an element with its attributes and children: text is always a text node, so words
// from the learner or the content can never become markup. Shared by the page scripts that
// fill in server-rendered markup (the assignment panel, the search results).
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
