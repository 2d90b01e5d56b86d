import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkProseNode } from './prose-checks';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
const issuesOf = (node: Nodes) => {
  const out: string[] = [];
  checkProseNode(node, (message, line) => out.push(`${line ?? '-'}: ${message}`));
  return out;
};

describe('checkProseNode', () => {
  it('passes formulas KaTeX renders, inline and display', () => {
    expect(issuesOf({ type: 'inlineMath', value: '\\frac{a}{b}', position: at(3) })).toEqual([]);
    expect(issuesOf({ type: 'math', value: 'x = 1 \\tag{1}', position: at(3) })).toEqual([]);
  });

  it('reports a KaTeX parse error with its line and the start of the formula', () => {
    const [issue, ...rest] = issuesOf({ type: 'inlineMath', value: '\\frac{x', position: at(7) });
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^7: KaTeX: .*parse error.* in "\\frac\{x"$/);
  });

  it('treats KaTeX warnings (CJK outside \\text) as errors', () => {
    expect(issuesOf({ type: 'inlineMath', value: 'a=中文', position: at(2) }).join()).toMatch(/^2: KaTeX/);
  });

  it('renders math nodes in display mode and inlineMath nodes inline', () => {
    // \tag is only allowed in display math.
    expect(issuesOf({ type: 'inlineMath', value: 'x \\tag{1}', position: at(4) }).join()).toMatch(/^4: KaTeX/);
  });

  it('reports bold that CommonMark left unclosed', () => {
    expect(issuesOf({ type: 'text', value: '这是**关键概率。**它很重要。', position: at(5) })).toEqual([
      '5: unclosed **bold**: put the closing ** before the punctuation (**加粗**。) or add a space',
    ]);
    expect(issuesOf({ type: 'text', value: '没有加粗', position: at(5) })).toEqual([]);
  });

  it('leaves other node types alone', () => {
    expect(issuesOf({ type: 'inlineCode', value: 'a ** b', position: at(1) })).toEqual([]);
    expect(issuesOf({ type: 'code', value: '$\\frac{x$', position: at(1) })).toEqual([]);
  });
});
