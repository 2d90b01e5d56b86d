import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { WIDGET_NAMES } from '../widget-names';
import type { ContentIssue } from './errors';
import { ALLOWED_HTML, isJsx, jsxProps, markdownParser, type JsxNode } from './markdown';
import { checkProseNode } from './prose-checks';
import { CARD_LEVELS, frontmatterSchema, SLUG_RE, type CardLevel, type Frontmatter } from './schema';

export interface NoteHeading {
  depth: number;
  text: string;
  /** The id rehype-slug gives the rendered heading (github-slugger, Chinese kept). */
  id: string;
  line: number;
}
export interface NoteLink {
  url: string;
  line: number;
}
export interface RawCard {
  id: string;
  level: CardLevel;
  question: RootContent[];
  answer: RootContent[];
  line: number;
}
/** Plain text under one heading (or the intro when `headingId` is null), for search. */
export interface TextBlock {
  headingId: string | null;
  heading: string | null;
  text: string;
}
export interface ParsedNote {
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  headings: NoteHeading[];
  links: NoteLink[];
  cards: RawCard[];
  widgets: string[];
  blocks: TextBlock[];
}

const BLOCK_COMPONENTS = new Set(['Quiz', 'Card', 'Q', 'A', 'Callout']);
const ALLOWED_COMPONENTS = new Set<string>([...BLOCK_COMPONENTS, ...WIDGET_NAMES]);

function attr(node: JsxNode, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

/** Parses one note and reports every problem it can see without looking at other notes. */
export function parseNote(file: string, slug: string, source: string): { note?: ParsedNote; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const report = (message: string, line?: number) => issues.push({ file, line, message });

  if (!SLUG_RE.test(slug)) report(`file name "${slug}" is not a valid slug (lowercase kebab-case ASCII)`);

  let tree: Root;
  try {
    tree = markdownParser.parse(source.replace(/\r\n?/g, '\n'));
  } catch (err) {
    const e = err as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    report(`MDX syntax error: ${e.message ?? String(err)}`, line);
    return { issues };
  }

  const frontmatter = readFrontmatter(tree, report);
  const headings: NoteHeading[] = [];
  const links: NoteLink[] = [];
  const cards: RawCard[] = [];
  const widgets = new Set<string>();
  const blocks: TextBlock[] = [{ headingId: null, heading: null, text: '' }];
  const slugger = new GithubSlugger();
  const seenCardIds = new Set<string>();

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const h = readHeading(node, slugger, report);
      if (h) {
        headings.push(h);
        blocks.push({ headingId: h.id, heading: h.text, text: '' });
      }
    } else if (node.type !== 'yaml') {
      const t = plainText(node);
      const block = blocks[blocks.length - 1]!;
      if (t) block.text += (block.text ? ' ' : '') + t;
    }
  }

  visitParents(tree, (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        report('import/export is not allowed in notes; embed widgets by name (see content/README.md)', line);
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(`"{${node.value.slice(0, 30)}}" is a JavaScript expression; write a literal brace as \\{`, line);
        }
        return SKIP;
      case 'html':
        report('raw HTML/comments are not MDX; use {/* comment */}', line);
        return;
      case 'text':
      case 'math':
      case 'inlineMath':
        checkProseNode(node, report);
        return;
      case 'link':
      case 'definition':
        links.push({ url: node.url, line: line ?? 0 });
        return;
      case 'heading':
        if (parent && parent.type !== 'root') report('headings are not allowed inside components', line);
        return;
    }
    if (!isJsx(node)) return;
    const name = node.name;
    if (name === null) {
      report('JSX fragments <>…</> are not allowed', line);
      return;
    }
    if (/^[a-z]/.test(name)) {
      if (!ALLOWED_HTML.has(name)) report(`HTML element <${name}> is not allowed; use Markdown`, line);
      return;
    }
    if (!ALLOWED_COMPONENTS.has(name)) {
      report(`unknown component <${name}>; known: ${[...ALLOWED_COMPONENTS].join(', ')}`, line);
      return;
    }
    try {
      jsxProps(node);
    } catch (err) {
      report((err as Error).message, line);
    }
    if (!BLOCK_COMPONENTS.has(name)) {
      widgets.add(name);
      // The page renders a widget as its own React island between runs of static HTML.
      if (parent?.type !== 'root') report(`<${name}> must be at the top level of the note, not inside another element`, line);
    }
    // A one-line <Q>…</Q> is wrapped in a paragraph, so look for the nearest component, not the parent.
    const owner = [...ancestors].reverse().find((a) => isJsx(a as Nodes)) as JsxNode | undefined;
    const parentName = owner?.name ?? null;
    if (name === 'Card') {
      if (parentName !== 'Quiz') report('<Card> must be a direct child of <Quiz>', line);
      const card = readCard(node, report);
      if (card) {
        if (seenCardIds.has(card.id)) report(`duplicate card id "${card.id}"`, line);
        seenCardIds.add(card.id);
        cards.push(card);
      }
    } else if ((name === 'Q' || name === 'A') && parentName !== 'Card') {
      report(`<${name}> must be a direct child of <Card>`, line);
    } else if (name === 'Quiz' && parent?.type !== 'root') {
      report('<Quiz> must be at the top level of the note', line);
    }
  });

  if (tree.children.filter((n) => isJsx(n) && n.name === 'Quiz').length > 1) {
    report('a note has at most one <Quiz>; put all cards in it');
  }
  if (!frontmatter) return { issues };
  return {
    note: { slug, file, frontmatter, headings, links, cards, widgets: [...widgets], blocks: blocks.filter((b) => b.text || b.heading) },
    issues,
  };
}

function readFrontmatter(tree: Root, report: (m: string, l?: number) => void): Frontmatter | undefined {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml') {
    report('missing frontmatter: the file must start with a --- YAML block');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(first.value);
  } catch (err) {
    const line = err instanceof YAMLParseError ? (err.linePos?.[0]?.line ?? 0) + 1 : 1;
    report(`frontmatter is not valid YAML: ${(err as Error).message.split('\n')[0]}`, line);
    return undefined;
  }
  const result = frontmatterSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  for (const problem of result.error.issues) {
    const field = problem.path.join('.') || '(root)';
    report(`frontmatter field "${field}": ${problem.message}`, 1);
  }
  return undefined;
}

function readHeading(node: Heading, slugger: GithubSlugger, report: (m: string, l?: number) => void): NoteHeading | undefined {
  const line = node.position?.start.line ?? 0;
  if (node.depth === 1) report('do not use "# " headings; the title comes from frontmatter. Start at "## "', line);
  let hasMath = false;
  visit(node, (n) => {
    if (n.type === 'inlineMath' || isJsx(n as Nodes)) hasMath = true;
  });
  if (hasMath) report('keep math and components out of headings (they break anchors and the TOC)', line);
  const text = toString(node).trim();
  if (!text) {
    report('empty heading', line);
    return undefined;
  }
  return { depth: node.depth, text, id: slugger.slug(text), line };
}

function readCard(node: JsxNode, report: (m: string, l?: number) => void): RawCard | undefined {
  const line = node.position?.start.line ?? 0;
  const id = attr(node, 'id');
  const level = attr(node, 'level');
  if (!id || !SLUG_RE.test(id)) {
    report('<Card> needs id="kebab-case-id" (stable: keep it when you reword the card)', line);
    return undefined;
  }
  if (!level || !(CARD_LEVELS as readonly string[]).includes(level)) {
    report(`card "${id}": level must be one of ${CARD_LEVELS.join('/')}`, line);
    return undefined;
  }
  const part = (name: 'Q' | 'A') => {
    const found = node.children
      .flatMap((c) => (c.type === 'paragraph' ? c.children : [c]))
      .filter((c) => isJsx(c as Nodes) && (c as JsxNode).name === name) as JsxNode[];
    if (found.length !== 1 || !toString(found[0]!).trim()) {
      report(`card "${id}": needs exactly one non-empty <${name}>`, line);
      return undefined;
    }
    return found[0]!.children as RootContent[];
  };
  const question = part('Q');
  const answer = part('A');
  if (!question || !answer) return undefined;
  return { id, level: level as CardLevel, question, answer, line };
}

/** Text a reader sees, without code, math or component props: what search should match. */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  visit(node, (n) => {
    if (n.type === 'code' || n.type === 'math' || n.type === 'inlineMath' || n.type === 'yaml') return SKIP;
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    if (isJsx(n as Nodes) && (n as JsxNode).name === 'Quiz') return SKIP;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

