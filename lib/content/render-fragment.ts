import type { Root, RootContent } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const pipeline = unified().use(remarkRehype).use(rehypeKatex).use(rehypeStringify);

/** Renders a piece of a note (a quiz question or answer) to HTML, with math done by KaTeX now. */
export function renderFragment(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return pipeline.stringify(pipeline.runSync(root)).trim();
}
