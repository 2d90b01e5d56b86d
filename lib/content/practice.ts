import fs from 'node:fs';
import path from 'node:path';
import type { Code, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { COMPARES, DEFAULT_TOL, DIFFICULTIES, type Difficulty, type PracticeTest } from '../practice/problem-types';
import { ContentError, type ContentIssue } from './errors';
import { getNote, getSections } from './index';
import { renderMarkdown } from './markdown';
import { checkProseNode, type Report } from './prose-checks';
import { SLUG_RE } from './schema';

// Practice problems (content/practice/*.md, format in content/practice/README.md): parsed, validated and
// rendered here, separately from the notes' MDX pipeline.

export interface PracticeProblem {
  slug: string;
  file: string;
  title: string;
  note: string;
  section: string;
  difficulty: Difficulty;
  functionName: string;
  signature: string;
  starter: string;
  solution: string;
  check?: string;
  tests: PracticeTest[];
  statement: Root;
  explanation: Root;
}

export interface RenderedProblem {
  statementHtml: string;
  explanationHtml: string;
  solutionHtml: string;
}

const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECTIONS = ['题目', '起始代码', '测试', '检查函数', '参考解答', '讲解'] as const;
type SectionName = (typeof SECTIONS)[number];
const MIN_EXAMPLES = 2;
const MIN_TESTS = 5;

const text = z.string().trim().min(1, 'must not be empty');
export const problemFrontmatterSchema = z.strictObject({
  title: text,
  slug: z.string().regex(SLUG_RE, 'must be lowercase kebab-case ASCII'),
  note: z.string().regex(SLUG_RE, 'must be a note slug'),
  section: z.string().regex(SLUG_RE),
  difficulty: z.enum(DIFFICULTIES),
  function: z.string().regex(IDENT_RE, 'must be a Python identifier'),
  signature: text,
  compare: z.enum(COMPARES).default('exact'),
  tol: z.number().positive().default(DEFAULT_TOL),
});

const testSchema = z.strictObject({
  args: z.array(z.unknown()),
  expected: z.unknown().optional(),
  example: z.boolean().default(false),
  compare: z.enum(COMPARES).optional(),
  tol: z.number().positive().optional(),
  name: text.optional(),
});

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** Parses one problem file and reports every problem it can see without looking at notes or sections. */
export function parseProblem(file: string, fileSlug: string, source: string): { problem?: PracticeProblem; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const report = (message: string, line?: number) => issues.push({ file, line, message });
  const src = source.replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!fm) {
    report('missing frontmatter (--- … --- at the top)', 1);
    return { issues };
  }
  let raw: unknown;
  try {
    raw = parseYaml(fm[1]!);
  } catch (err) {
    report(`frontmatter YAML: ${(err as Error).message}`, 1);
    return { issues };
  }
  const parsedFm = problemFrontmatterSchema.safeParse(raw);
  if (!parsedFm.success) {
    for (const p of parsedFm.error.issues) report(`frontmatter ${p.path.join('.')}: ${p.message}`, 1);
    return { issues };
  }
  const meta = parsedFm.data;
  if (meta.slug !== fileSlug) report(`slug "${meta.slug}" must equal the file name "${fileSlug}"`, 1);
  if (!meta.signature.startsWith(`def ${meta.function}(`)) report(`signature must start with "def ${meta.function}("`, 1);

  // Body lines are offset by the frontmatter so reported lines match the file.
  const lineOffset = fm[0].split('\n').length - 1;
  const tree = parser.parse(src.slice(fm[0].length));
  visit(tree, (node) => {
    if (node.position) {
      node.position.start.line += lineOffset;
      node.position.end.line += lineOffset;
    }
  });

  const sections = new Map<SectionName, { nodes: RootContent[]; line: number }>();
  let current: RootContent[] | undefined;
  for (const node of tree.children) {
    const line = node.position?.start.line;
    if (node.type === 'heading' && node.depth <= 2) {
      const name = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim() as SectionName;
      if (node.depth === 1 || !SECTIONS.includes(name)) {
        report(`unexpected heading "${name}"; use exactly: ${SECTIONS.map((s) => `## ${s}`).join(', ')}`, line);
        current = undefined;
        continue;
      }
      if (sections.has(name)) report(`duplicate "## ${name}"`, line);
      current = [];
      sections.set(name, { nodes: current, line: line ?? 1 });
    } else if (current) current.push(node);
    else report('content before the first "## " heading', line);
  }
  const order = [...sections.keys()];
  const expectedOrder = SECTIONS.filter((s) => sections.has(s));
  if (order.join() !== expectedOrder.join()) report(`sections out of order: write ${expectedOrder.map((s) => `## ${s}`).join(' → ')}`);

  const code = (name: SectionName, lang: string, required = true): Code | undefined => {
    const sec = sections.get(name);
    if (!sec) {
      if (required) report(`missing "## ${name}"`);
      return undefined;
    }
    const blocks = sec.nodes.filter((n): n is Code => n.type === 'code');
    if (blocks.length !== 1 || sec.nodes.length !== 1 || blocks[0]!.lang !== lang) {
      report(`"## ${name}" must hold exactly one \`\`\`${lang} block and nothing else`, sec.line);
      return undefined;
    }
    return blocks[0];
  };
  const prose = (name: SectionName): Root | undefined => {
    const sec = sections.get(name);
    if (!sec) {
      report(`missing "## ${name}"`);
      return undefined;
    }
    if (!sec.nodes.length) report(`"## ${name}" is empty`, sec.line);
    const root: Root = { type: 'root', children: sec.nodes };
    checkProse(root, report);
    return root;
  };

  const statement = prose('题目');
  const explanation = prose('讲解');
  const starter = code('起始代码', 'python');
  const solution = code('参考解答', 'python');
  const check = code('检查函数', 'python', false);
  const testsBlock = code('测试', 'yaml');

  const defRe = new RegExp(`^def ${meta.function}\\s*\\(`, 'm');
  for (const [name, block] of [['起始代码', starter], ['参考解答', solution]] as const) {
    if (block && !defRe.test(block.value)) report(`"## ${name}" must define "def ${meta.function}(" at top level`, block.position?.start.line);
  }
  if (check && !/^def check\s*\(/m.test(check.value)) report('"## 检查函数" must define "def check(got, *args)"', check.position?.start.line);

  const tests = testsBlock ? readTests(testsBlock, meta, Boolean(check), report) : [];
  if (!statement || !explanation || !starter || !solution || !testsBlock || issues.length) return { issues };
  return {
    issues,
    problem: {
      slug: meta.slug,
      file,
      title: meta.title,
      note: meta.note,
      section: meta.section,
      difficulty: meta.difficulty,
      functionName: meta.function,
      signature: meta.signature,
      starter: starter.value + '\n',
      solution: solution.value + '\n',
      check: check ? check.value + '\n' : undefined,
      tests,
      statement,
      explanation,
    },
  };
}

function readTests(
  block: Code,
  meta: z.infer<typeof problemFrontmatterSchema>,
  hasCheck: boolean,
  report: (message: string, line?: number) => void,
): PracticeTest[] {
  const line = (block.position?.start.line ?? 0) + 1;
  let raw: unknown;
  try {
    raw = parseYaml(block.value);
  } catch (err) {
    report(`tests YAML: ${(err as Error).message}`, line);
    return [];
  }
  const list = z.array(testSchema).safeParse(raw);
  if (!list.success) {
    for (const p of list.error.issues) report(`tests[${p.path.join('.')}]: ${p.message}`, line);
    return [];
  }
  const tests = list.data.map((t, i): PracticeTest => {
    const compare = t.compare ?? meta.compare;
    if (compare === 'property' && !hasCheck) report(`test ${i + 1} uses compare: property but there is no "## 检查函数"`, line);
    if (compare !== 'property' && !('expected' in t)) report(`test ${i + 1} has no "expected"`, line);
    return { args: t.args, expected: t.expected, example: t.example, compare, tol: t.tol ?? meta.tol, ...(t.name ? { name: t.name } : {}) };
  });
  const examples = tests.filter((t) => t.example).length;
  if (examples < MIN_EXAMPLES) report(`needs at least ${MIN_EXAMPLES} tests with "example: true" (has ${examples})`, line);
  if (tests.length < MIN_TESTS) report(`needs at least ${MIN_TESTS} tests (has ${tests.length})`, line);
  if (examples === tests.length) report('at least one test must be hidden (without "example: true")', line);
  return tests;
}

function checkProse(root: Root, report: Report): void {
  visit(root, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') report('raw HTML is not allowed; write Markdown (or &lt; for a literal <)', line);
    if (node.type === 'heading' && node.depth <= 2) report('use ### or deeper inside a section', line);
    checkProseNode(node, report);
  });
}

const PRACTICE_DIR = path.join(process.env.MLPREP_CONTENT_DIR ?? path.join(process.cwd(), 'content'), 'practice');
let cache: PracticeProblem[] | undefined;

/** Every problem, validated against the notes and sections; throws ContentError listing every problem. */
export function getAllProblems(): PracticeProblem[] {
  if (cache) return cache;
  const issues: ContentIssue[] = [];
  const problems: PracticeProblem[] = [];
  const names = fs.existsSync(PRACTICE_DIR) ? fs.readdirSync(PRACTICE_DIR).sort() : [];
  for (const name of names) {
    if (name.startsWith('.') || name === 'README.md') continue;
    const file = path.relative(process.cwd(), path.join(PRACTICE_DIR, name));
    if (!name.endsWith('.md')) {
      issues.push({ file, message: 'only .md problem files (and README.md) belong in content/practice' });
      continue;
    }
    const result = parseProblem(file, name.slice(0, -3), fs.readFileSync(file, 'utf8'));
    issues.push(...result.issues);
    if (result.problem) problems.push(result.problem);
  }
  const sections = getSections();
  const sectionIndex = new Map(sections.map((s, i) => [s.slug, i]));
  for (const p of problems) {
    if (!getNote(p.note)) issues.push({ file: p.file, line: 1, message: `note "${p.note}" does not exist in content/notes` });
    if (!sectionIndex.has(p.section)) issues.push({ file: p.file, line: 1, message: `unknown section "${p.section}"` });
  }
  if (issues.length) throw new ContentError(issues);
  const rank = (d: Difficulty) => DIFFICULTIES.indexOf(d);
  cache = problems.sort(
    (a, b) => sectionIndex.get(a.section)! - sectionIndex.get(b.section)! || rank(a.difficulty) - rank(b.difficulty) || a.slug.localeCompare(b.slug),
  );
  return cache;
}

export function getProblem(slug: string): PracticeProblem | undefined {
  return getAllProblems().find((p) => p.slug === slug);
}

export function getProblemsForNote(noteSlug: string): PracticeProblem[] {
  return getAllProblems().filter((p) => p.note === noteSlug);
}

// Statements, explanations and solutions go through the note pipeline (lib/content/markdown.ts).
const toHtml = renderMarkdown;

/** Statement, explanation and the highlighted reference solution as HTML, rendered at build time. */
export async function renderProblem(p: PracticeProblem): Promise<RenderedProblem> {
  const solutionRoot: Root = { type: 'root', children: [{ type: 'code', lang: 'python', value: p.solution.trimEnd() }] };
  const [statementHtml, explanationHtml, solutionHtml] = await Promise.all([toHtml(p.statement), toHtml(p.explanation), toHtml(solutionRoot)]);
  return { statementHtml, explanationHtml, solutionHtml };
}
