import type { RunSpec } from './problem-types';

/** One test's outcome; values are Python reprs (shortened), so the page shows what Python saw. */
export interface TestRow {
  index: number;
  call: string;
  passed: boolean;
  expected: string | null;
  got: string | null;
  error: string | null;
  errorLine: number | null;
  message: string | null;
}

export type RunStatus = 'ok' | 'syntax_error' | 'load_error' | 'missing_function';

export interface RunResult {
  status: RunStatus;
  tests: TestRow[];
  traceback: string | null;
  errorLine: number | null;
  stdout: string;
  /** Characters printed in all; more than `stdout.length` means the output was cut. */
  stdoutTotal: number;
}

export type RunScope = 'examples' | 'all';

/** The tests a scope runs: 运行 the visible examples, 提交 all of them. Keeps each test's original index. */
export function selectTests(spec: RunSpec, scope: RunScope) {
  return spec.tests.map((t, index) => ({ ...t, index })).filter((t) => scope === 'all' || t.example);
}

/** JSON for the harness; JSON has no inf/nan, so non-finite numbers travel as {"__float__": "inf"}. */
export function encodeSpec(spec: RunSpec, scope: RunScope): string {
  return JSON.stringify({ functionName: spec.functionName, check: spec.check, tests: selectTests(spec, scope) }, (_k, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? { __float__: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' } : v,
  );
}

export const allPassed = (r: RunResult) => r.status === 'ok' && r.tests.length > 0 && r.tests.every((t) => t.passed);
