import { beforeAll, describe, expect, it } from 'vitest';
import { getAllProblems } from '../content/practice';
import { loadNodeRunner } from './node-pyodide';
import { allPassed, encodeSpec, type RunResult } from './runner';

// Every problem runs in the same Pyodide package the browser uses: the reference solution must pass every
// test and the starter must fail at least one (tests that cannot fail would teach nothing).
const problems = getAllProblems();
let run: (source: string, specJson: string) => RunResult;

beforeAll(async () => {
  run = await loadNodeRunner();
}, 180_000);

const failures = (r: RunResult) =>
  r.status !== 'ok' ? `${r.status}: ${r.traceback}` : r.tests.filter((t) => !t.passed).map((t) => `${t.call} → ${t.got ?? t.error} (want ${t.expected ?? t.message})`).join('\n');

describe.each(problems.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
  const spec = encodeSpec({ functionName: p.functionName, tests: p.tests, check: p.check }, 'all');

  it('reference solution passes every test', () => {
    const r = run(p.solution, spec);
    expect(failures(r)).toBe('');
    expect(r.tests).toHaveLength(p.tests.length);
    expect(allPassed(r)).toBe(true);
  });

  it('starter code fails at least one test', () => {
    const r = run(p.starter, spec);
    expect(r.status).toBe('ok');
    expect(allPassed(r)).toBe(false);
  });
});
