import { beforeAll, describe, expect, it } from 'vitest';
import { LEARNER_FILE, OUTPUT_LIMIT } from './harness-py';
import { loadNodeRunner } from './node-pyodide';
import type { Compare, PracticeTest } from './problem-types';
import { encodeSpec, type RunResult } from './runner';

let run: (source: string, specJson: string) => RunResult;
beforeAll(async () => {
  run = await loadNodeRunner();
}, 180_000);

const test = (args: unknown[], expected: unknown, compare: Compare = 'exact', tol = 1e-6): PracticeTest => ({ args, expected, compare, tol, example: true });
/** Runs `def f(x): return <expr>` (or full source) against the tests; returns each test's pass flag. */
function verdicts(source: string, tests: PracticeTest[], check?: string): boolean[] {
  const r = run(source, encodeSpec({ functionName: 'f', tests, check }, 'all'));
  expect(r.status).toBe('ok');
  return r.tests.map((t) => t.passed);
}
const returning = (expr: string) => `def f(x):\n    return ${expr}\n`;

describe('comparison in Python', () => {
  it('float: within the tolerance passes, outside fails, at any depth', () => {
    expect(verdicts(returning('x + 1e-8'), [test([1.0], 1.0, 'float', 1e-6)])).toEqual([true]);
    expect(verdicts(returning('x + 1e-3'), [test([1.0], 1.0, 'float', 1e-6)])).toEqual([false]);
    expect(verdicts(returning('[[v + 1e-9 for v in row] for row in x]'), [test([[[1, 2], [3, 4]]], [[1, 2], [3, 4]], 'float')])).toEqual([true]);
    expect(verdicts(returning('[[1, 2], [3, 4.1]]'), [test([0], [[1, 2], [3, 4]], 'float', 1e-3)])).toEqual([false]);
    expect(verdicts(returning('[1.0, 2.0, 3.0]'), [test([0], [1.0, 2.0], 'float')])).toEqual([false]);
    expect(verdicts(returning('None'), [test([0], 0.5, 'float')])).toEqual([false]);
  });

  it('float: infinities travel through JSON both ways, NaN only equals NaN', () => {
    expect(verdicts(returning('x'), [test([-Infinity], -Infinity, 'float'), test([1.0], Infinity, 'float')])).toEqual([true, false]);
    expect(verdicts(returning("float('nan')"), [test([0], NaN, 'float'), test([0], 1.0, 'float')])).toEqual([true, false]);
  });

  it('set: order is ignored, multiplicity and float tolerance are not', () => {
    expect(verdicts(returning('[[3, 4], [1, 2]]'), [test([0], [[1, 2], [3, 4]], 'set')])).toEqual([true]);
    expect(verdicts(returning('[[2, 1], [3, 4]]'), [test([0], [[1, 2], [3, 4]], 'set')])).toEqual([false]);
    expect(verdicts(returning('[1, 1, 2]'), [test([0], [1, 2, 2], 'set')])).toEqual([false]);
    expect(verdicts(returning('[0.3000000001, 0.1]'), [test([0], [0.1, 0.3], 'set', 1e-6)])).toEqual([true]);
  });

  it('exact: a tuple equals the list, a different value does not', () => {
    expect(verdicts(returning('(1, [2, 3])'), [test([0], [1, [2, 3]])])).toEqual([true]);
    expect(verdicts(returning('[1, 2]'), [test([0], [1, 3])])).toEqual([false]);
  });

  it('property: the check decides and its message reaches the learner', () => {
    const check = 'def check(got, items, k):\n    if len(got) != k:\n        return f"应返回 {k} 个元素"\n    return set(got) <= set(items)\n';
    const r = run(
      'def f(items, k):\n    return items[:k + 1]\n',
      encodeSpec({ functionName: 'f', check, tests: [{ args: [[1, 2, 3], 2], compare: 'property', tol: 0, example: true }] }, 'all'),
    );
    expect(r.tests[0]).toMatchObject({ passed: false, message: '应返回 2 个元素', expected: null });
    expect(verdicts('def f(items, k):\n    return items[:k]\n', [{ args: [[1, 2, 3], 2], compare: 'property', tol: 0, example: true }], check)).toEqual([true]);
  });

  it('gives every test its own copy of the arguments', () => {
    const source = 'def f(xs):\n    xs.append(0)\n    return len(xs)\n';
    const shared = [1, 2];
    expect(verdicts(source, [test([shared], 3), test([shared], 3)])).toEqual([true, true]);
  });
});

describe('tracebacks and output', () => {
  it('shows only the learner’s frames with their own line numbers', () => {
    const source = 'def helper(x):\n    y = x * 2\n    return 1 / (y - y)\n\ndef f(x):\n    return helper(x)\n';
    const r = run(source, encodeSpec({ functionName: 'f', tests: [test([1], 0)] }, 'all'));
    expect(r.errorLine).toBe(3);
    expect(r.tests[0]).toMatchObject({ passed: false, errorLine: 3, error: 'ZeroDivisionError: division by zero' });
    expect(r.traceback).toContain(`File "${LEARNER_FILE}", line 6, in f`);
    expect(r.traceback).toContain(`File "${LEARNER_FILE}", line 3, in helper`);
    expect(r.traceback).toContain('return 1 / (y - y)');
    expect(r.traceback).not.toMatch(/harness|<exec>|_pyodide|\.py", line \d+, in (run|_run_tests)/);
  });

  it('reports a syntax error at its line, and an error while loading the file at its line', () => {
    const syntax = run('def f(x):\n    return x\n\ndef g(:\n', encodeSpec({ functionName: 'f', tests: [test([1], 1)] }, 'all'));
    expect(syntax).toMatchObject({ status: 'syntax_error', errorLine: 4, tests: [] });
    expect(syntax.traceback).toContain(`File "${LEARNER_FILE}", line 4`);
    const load = run('import math\nvalue = undefined_name\n', encodeSpec({ functionName: 'f', tests: [test([1], 1)] }, 'all'));
    expect(load).toMatchObject({ status: 'load_error', errorLine: 2 });
    expect(load.traceback).toContain("NameError: name 'undefined_name' is not defined");
  });

  it('says so when the function is missing', () => {
    expect(run('def g(x):\n    return x\n', encodeSpec({ functionName: 'f', tests: [test([1], 1)] }, 'all')).status).toBe('missing_function');
  });

  it('keeps the first OUTPUT_LIMIT characters of a huge print and counts the rest', () => {
    const r = run("def f(x):\n    print('<b>' * 100000)\n    return x\n", encodeSpec({ functionName: 'f', tests: [test([1], 1)] }, 'all'));
    expect(r.stdout).toHaveLength(OUTPUT_LIMIT);
    expect(r.stdoutTotal).toBe(300001);
    expect(r.tests[0]!.passed).toBe(true);
  });

  it('turns runaway recursion into a RecursionError, not a crash', () => {
    const r = run('def f(x):\n    return f(x + 1)\n', encodeSpec({ functionName: 'f', tests: [test([1], 1)] }, 'all'));
    expect(r.tests[0]!.error).toMatch(/^RecursionError/);
    expect(r.errorLine).toBe(2);
  });
});
