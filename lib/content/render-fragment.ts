import type { Root, RootContent } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const pipeline = unified().use(remarkRehype).use(rehypeKatex).use(rehypeStringify);

/** Renders a piece of a note (a quiz question or answer) to HTML, with math done by KaTeX now. */
export function renderFragment(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return pipeline.stringify(pipeline.runSync(root)).trim();
}

const texPipeline = unified().use(remarkRehype).use(rehypeStringify);

/**
 * The same fragment as HTML with every formula left as TeX source in `\(…\)` / `\[…\]`, the
 * delimiters Anki renders itself (for the Anki export, which cannot carry KaTeX's stylesheet).
 */
export function renderFragmentTex(children: RootContent[]): string {
  const root: Root = { type: 'root', children: structuredClone(children) };
  visit(root, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'inlineMath') parent.children[index] = { type: 'text', value: `\\(${node.value}\\)` };
    else if (node.type === 'math') parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: `\\[${node.value}\\]` }] };
    else return;
    return SKIP;
  });
  return texPipeline.stringify(texPipeline.runSync(root)).trim();
}
