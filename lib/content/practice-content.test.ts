import { describe, expect, it } from 'vitest';
import { getAllProblems, renderProblem } from './practice';

// The real problems must pass every check the build runs (running them in Python is lib/practice/problems.test.ts).
describe('content/practice as it is now', { timeout: 180_000 }, () => {
  it('loads, validates and renders every problem', async () => {
    const problems = getAllProblems();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const html = await renderProblem(p);
      expect(html.statementHtml, p.file).not.toContain('katex-error');
      expect(html.explanationHtml, p.file).not.toContain('katex-error');
      expect(html.solutionHtml, p.file).toContain('shiki');
    }
  });
});
