import { describe, expect, it } from 'vitest';
import { parseProblem } from './practice';

const FENCE = '```';
const TESTS = `- args: [1]
  expected: 2
  example: true
- args: [2]
  expected: 3
  example: true
- args: [3]
  expected: 4
- args: [4]
  expected: 5
- args: [-1]
  expected: 0
  name: 负数`;

/** A valid problem; `fm` overrides frontmatter lines (null drops one), `replace` edits the body. */
function source({ fm = {}, body }: { fm?: Record<string, string | null>; body?: (b: string) => string } = {}): string {
  const fields: Record<string, string | null> = {
    title: '加一',
    slug: 'add-one',
    note: 'softmax-temperature',
    section: 'losses',
    difficulty: 'easy',
    function: 'f',
    signature: '"def f(x: int) -> int"',
    ...fm,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const text = `## 题目\n\n返回 $x+1$。\n\n## 起始代码\n\n${FENCE}python\ndef f(x: int) -> int:\n    pass\n${FENCE}\n\n## 测试\n\n${FENCE}yaml\n${TESTS}\n${FENCE}\n\n## 参考解答\n\n${FENCE}python\ndef f(x: int) -> int:\n    return x + 1\n${FENCE}\n\n## 讲解\n\n加一即可。\n`;
  return `---\n${yaml}\n---\n\n${(body ?? ((b) => b))(text)}`;
}
const issuesOf = (src: string, slug = 'add-one') => parseProblem('content/practice/add-one.md', slug, src).issues.map((i) => `${i.line ?? '-'}: ${i.message}`);

describe('parseProblem', () => {
  it('accepts a valid problem and applies the defaults', () => {
    const { problem, issues } = parseProblem('x.md', 'add-one', source());
    expect(issues).toEqual([]);
    expect(problem).toMatchObject({ slug: 'add-one', functionName: 'f', difficulty: 'easy', starter: 'def f(x: int) -> int:\n    pass\n' });
    expect(problem!.tests).toHaveLength(5);
    expect(problem!.tests[0]).toEqual({ args: [1], expected: 2, example: true, compare: 'exact', tol: 1e-6 });
    expect(problem!.tests[4]).toMatchObject({ name: '负数', example: false });
  });

  it('rejects bad frontmatter', () => {
    expect(issuesOf(source({ fm: { difficulty: 'trivial' } }))[0]).toMatch(/^1: frontmatter difficulty/);
    expect(issuesOf(source({ fm: { function: '2f' } }))[0]).toMatch(/function: must be a Python identifier/);
    expect(issuesOf(source({ fm: { note: null } }))[0]).toMatch(/frontmatter note/);
    expect(issuesOf(source({ fm: { extra: 'x' } }))[0]).toMatch(/Unrecognized key/);
    expect(issuesOf(source(), 'other-slug')).toContain('1: slug "add-one" must equal the file name "other-slug"');
    expect(issuesOf(source({ fm: { signature: '"def g(x)"' } }))).toContain('1: signature must start with "def f("');
  });

  it('names missing, unknown and misordered sections', () => {
    expect(issuesOf(source({ body: (b) => b.replace('## 讲解\n\n加一即可。\n', '') }))).toContain('-: missing "## 讲解"');
    expect(issuesOf(source({ body: (b) => b.replace('## 讲解', '## 解释') })).join()).toMatch(/unexpected heading "解释"/);
    const reordered = source({ body: (b) => b.replace(/## 题目\n\n返回 \$x\+1\$。\n\n/, '') + '\n## 题目\n\n返回。\n' });
    expect(issuesOf(reordered).join()).toMatch(/sections out of order/);
  });

  it('requires one python block that defines the function', () => {
    expect(issuesOf(source({ body: (b) => b.replace('def f(x: int) -> int:\n    pass', 'def g(x):\n    pass') }))).toContain('17: "## 起始代码" must define "def f(" at top level');
    expect(issuesOf(source({ body: (b) => b.replace(`${FENCE}python\ndef f(x: int) -> int:\n    pass`, `${FENCE}js\ndef f(x: int) -> int:\n    pass`) })).join()).toMatch(/"## 起始代码" must hold exactly one ```python block/);
  });

  it('checks the tests: YAML, expected values, examples, hidden tests and property checks', () => {
    const withTests = (t: string) => source({ body: (b) => b.replace(TESTS, t) });
    expect(issuesOf(withTests('- args: [1\n')).join()).toMatch(/tests YAML/);
    expect(issuesOf(withTests(TESTS.replace('  expected: 4\n', ''))).join()).toMatch(/test 3 has no "expected"/);
    expect(issuesOf(withTests(TESTS.replace(/  example: true\n/g, ''))).join()).toMatch(/needs at least 2 tests with "example: true" \(has 0\)/);
    expect(issuesOf(withTests(TESTS.split('\n').slice(0, 6).join('\n'))).join()).toMatch(/needs at least 5 tests \(has 2\)/);
    const allExamples = [1, 2, 3, 4, 5].map((n) => `- args: [${n}]\n  expected: ${n + 1}\n  example: true`).join('\n');
    expect(issuesOf(withTests(allExamples)).join()).toMatch(/at least one test must be hidden/);
    expect(issuesOf(withTests(TESTS.replace('  expected: 5', '  compare: property'))).join()).toMatch(/test 4 uses compare: property but there is no "## 检查函数"/);
    expect(issuesOf(withTests(TESTS.replace('  expected: 5', '  expected: 5\n  compare: fuzzy'))).join()).toMatch(/tests\[3\.compare\]/);
  });

  it('checks the statement: KaTeX errors, raw HTML and unclosed bold fail with their line', () => {
    expect(issuesOf(source({ body: (b) => b.replace('返回 $x+1$。', '返回 $\\frac{x$。') })).join()).toMatch(/^13: KaTeX/);
    expect(issuesOf(source({ body: (b) => b.replace('返回 $x+1$。', '<div>返回</div>') }))).toContain('13: raw HTML is not allowed; write Markdown (or &lt; for a literal <)');
    expect(issuesOf(source({ body: (b) => b.replace('返回 $x+1$。', '返回**加一。**即可') })).join()).toMatch(/^13: unclosed \*\*bold\*\*/);
  });
});
