import rehypeShiki from '@shikijs/rehype';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { Nodes, Root, RootContent } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { WIDGET_NAMES } from '../widget-names';
import { answer, callout, card, headingAnchor, question, quiz } from './note-elements';

// The one Markdown pipeline of the site: note bodies and quiz cards go through it, so a plugin or a KaTeX
// option is set here once. MDX is parsed (remark-mdx) but never compiled to JavaScript: components map to
// static HTML (./note-elements) and widgets to placeholders the note page renders as React islands.

/** Markdown + MDX syntax + frontmatter + GFM + math, to mdast. Also what the content checks parse with. */
export const markdownParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkMath);

export type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export const isJsx = (n: Nodes): n is JsxNode => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** HTML elements a note may write inline (the content checks reject any other). */
export const ALLOWED_HTML = new Set(['br', 'sub', 'sup', 'kbd', 'abbr', 'mark']);
const WIDGETS = new Set<string>(WIDGET_NAMES);
/** Fenced code languages that get highlighted (`text` and unlabelled blocks stay plain). */
export const HIGHLIGHTED_LANGUAGES = ['python', 'bash', 'json', 'sql', 'yaml'] as const;

/**
 * A JSX element's props. Values must be literals (strings, numbers, booleans, arrays, objects): notes
 * never run JavaScript. Throws naming the first prop that is not a literal.
 */
export function jsxProps(node: JsxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') throw new Error(`<${node.name}>: {...spread} props are not allowed`);
    if (a.value === null || a.value === undefined) props[a.name] = true;
    else if (typeof a.value === 'string') props[a.name] = a.value;
    else {
      const program = a.value.data?.estree;
      const stmt = program?.body[0];
      if (!stmt || stmt.type !== 'ExpressionStatement') throw new Error(`<${node.name}> prop "${a.name}" is empty`);
      try {
        props[a.name] = literal(stmt.expression);
      } catch {
        throw new Error(`<${node.name}> prop "${a.name}" must be a literal (number, string, boolean, array), not {${a.value.value}}`);
      }
    }
  }
  return props;
}

// An ESTree node of any kind: the fields read below depend on `type`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Estree = { type: string; [k: string]: any };
function literal(e: Estree): unknown {
  switch (e.type) {
    case 'Literal':
      if (e.regex || typeof e.value === 'bigint') break;
      return e.value;
    case 'ArrayExpression':
      return e.elements.map((x: Estree | null) => (x === null ? null : literal(x)));
    case 'ObjectExpression':
      return Object.fromEntries(
        e.properties.map((p: Estree) => {
          if (p.type !== 'Property' || p.computed || p.kind !== 'init') throw new Error('not a literal');
          return [p.key.type === 'Identifier' ? p.key.name : String(literal(p.key)), literal(p.value)];
        }),
      );
    case 'UnaryExpression':
      if (e.operator === '-' || e.operator === '+') {
        const v = literal(e.argument);
        if (typeof v === 'number') return e.operator === '-' ? -v : v;
      }
      break;
  }
  throw new Error('not a literal');
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const elements = (nodes: ElementContent[]) => nodes.filter((n) => n.type === 'element' || (n.type === 'text' && n.value.trim()));

/** MDX nodes → hast. Everything here runs at build time; the output is plain HTML. */
const mdxHandlers: NonNullable<ToHastOptions['handlers']> = {
  // Only `{/* comments */}` pass the content checks; they vanish.
  mdxFlowExpression: () => undefined,
  mdxTextExpression: () => undefined,
  mdxjsEsm: () => undefined,
  mdxJsxFlowElement: jsxToHast,
  mdxJsxTextElement: jsxToHast,
};

type State = Parameters<NonNullable<NonNullable<ToHastOptions['handlers']>['mdxJsxFlowElement']>>[0];

function jsxToHast(state: State, node: JsxNode): Element | ElementContent[] | undefined {
  const name = node.name ?? '';
  const children = () => state.all(node) as ElementContent[];
  if (ALLOWED_HTML.has(name)) {
    const props = Object.fromEntries(Object.entries(jsxProps(node)).map(([k, v]) => [k, String(v)]));
    return { type: 'element', tagName: name, properties: props, children: children() };
  }
  if (WIDGETS.has(name)) {
    // A placeholder the export fills with the widget's server render and hydrates as an island
    // (lib/static-note); its props travel as JSON in the attribute.
    return { type: 'element', tagName: 'div', properties: { dataWidget: name, dataProps: JSON.stringify(jsxProps(node)) }, children: [] };
  }
  const props = jsxProps(node);
  switch (name) {
    case 'Callout':
      return callout(str(props.type), str(props.title), children());
    case 'Quiz':
      return quiz(str(props.note), elements(children()));
    case 'Card':
      return card(str(props.id), str(props.level), children());
    case 'Q':
      return question(children());
    case 'A':
      return answer(children());
  }
  throw new Error(`unknown component <${name}>`); // the content checks have rejected it already
}

/** Note-page details on plain elements: heading "#" links, scrollable tables, external links in a new tab. */
function rehypeNoteElements() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (/^h[2-4]$/.test(node.tagName) && typeof node.properties.id === 'string') {
        node.children.push(headingAnchor(node.properties.id, hastToString(node)));
      } else if (node.tagName === 'table' && parent && index !== undefined && !(parent.type === 'element' && String(parent.properties.className) === 'table-scroll')) {
        parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [node] };
      } else if (node.tagName === 'a' && typeof node.properties.href === 'string' && /^[a-z]+:/i.test(node.properties.href)) {
        node.properties.target = '_blank';
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}

/**
 * As MDX does: a paragraph holding only components (`<Q>…</Q>` on one line) is not a paragraph,
 * so no <p> wraps the block the component renders.
 */
function remarkUnravelComponents() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const jsx = node.children.filter((c) => c.type === 'mdxJsxTextElement');
      const rest = node.children.filter((c) => c.type !== 'mdxJsxTextElement' && c.type !== 'mdxTextExpression');
      if (!jsx.length || rest.some((c) => c.type !== 'text' || c.value.trim())) return;
      const flow = jsx.map((c) => ({ ...c, type: 'mdxJsxFlowElement' }) as unknown as RootContent);
      parent.children.splice(index, 1, ...(flow as typeof parent.children));
      return index;
    });
  };
}

const toHast = unified()
  .use(remarkUnravelComponents)
  .use(remarkRehype, { handlers: mdxHandlers })
  .use(rehypeSlug)
  .use(rehypeKatex, { strict: false }) // output stays htmlAndMathml: the MathML is what screen readers read
  // Only the languages notes use: loading every grammar Shiki bundles costs tens of seconds per build.
  // GitHub's *-default themes: every token passes AA contrast in both modes (github-light's orange and grey do not).
  .use(rehypeShiki, { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false, langs: [...HIGHLIGHTED_LANGUAGES] })
  .use(rehypeNoteElements);

async function render(root: Root): Promise<HastRoot> {
  return (await toHast.run(root)) as HastRoot;
}

/** Any parsed Markdown (a practice problem's statement, say) as HTML, through the note pipeline. */
export async function renderMarkdown(root: Root): Promise<string> {
  return toHtml(await render(structuredClone(root))).trim();
}

/** A piece of a note (a quiz question or answer) as HTML, through the same pipeline as the page. */
export async function renderFragment(children: RootContent[]): Promise<string> {
  return toHtml(await render({ type: 'root', children })).trim();
}

/**
 * The same fragment with every formula left as TeX source in `\(…\)` / `\[…\]`, the delimiters
 * Anki renders itself (for the Anki export, which cannot carry KaTeX's stylesheet).
 */
export async function renderFragmentTex(children: RootContent[]): Promise<string> {
  const root: Root = { type: 'root', children: structuredClone(children) };
  visit(root, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'inlineMath') parent.children[index] = { type: 'text', value: `\\(${node.value}\\)` };
    else if (node.type === 'math') parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: `\\[${node.value}\\]` }] };
    else return;
    return SKIP;
  });
  return toHtml(await render(root)).trim();
}

/**
 * A note's body as trusted build-time HTML, widgets as placeholders (lib/static-note/html.ts).
 * `slug` goes to the 自测 block's "start a session" link.
 */
export async function renderNoteBody(source: string, slug: string): Promise<string> {
  const tree = markdownParser.parse(source.replace(/\r\n?/g, '\n'));
  visit(tree, (n) => {
    if (isJsx(n as Nodes) && (n as JsxNode).name === 'Quiz') (n as JsxNode).attributes.push({ type: 'mdxJsxAttribute', name: 'note', value: slug });
  });
  return toHtml(await render(tree)).trim();
}
