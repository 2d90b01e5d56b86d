import katex from 'katex';
import type { Nodes } from 'mdast';

/** Reports one problem at a 1-based line of the file being checked; the caller adds the file name. */
export type Report = (message: string, line?: number) => void;

/**
 * Checks notes and practice problems share, on one mdast node: formulas KaTeX cannot render and bold
 * that CommonMark left unclosed. Any other node passes.
 */
export function checkProseNode(node: Nodes, report: Report): void {
  const line = node.position?.start.line;
  if (node.type === 'text') {
    // CommonMark cannot close ** right after Chinese punctuation when a letter follows (…。**它),
    // so the asterisks would show up literally on the page.
    if (node.value.includes('**')) report('unclosed **bold**: put the closing ** before the punctuation (**加粗**。) or add a space', line);
  } else if (node.type === 'math' || node.type === 'inlineMath') {
    checkMath(node.value, node.type === 'math', line, report);
  }
}

function checkMath(tex: string, display: boolean, line: number | undefined, report: Report): void {
  try {
    // strict 'error' turns KaTeX warnings (e.g. CJK text outside \text) into failures too.
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'error' });
  } catch (err) {
    report(`KaTeX: ${(err as Error).message} in "${tex.slice(0, 60)}"`, line);
  }
}
