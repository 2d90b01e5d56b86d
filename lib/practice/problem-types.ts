/** Shapes shared by the content loader, the page, the worker and the Node test runner. */
export const COMPARES = ['exact', 'float', 'set', 'property'] as const;
export type Compare = (typeof COMPARES)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DEFAULT_TOL = 1e-6;

/** One test as data: `function(*args)` is compared with `expected` in Python. */
export interface PracticeTest {
  args: unknown[];
  expected?: unknown;
  /** Visible on the page and run by 运行; 提交 runs every test. */
  example: boolean;
  compare: Compare;
  tol: number;
  name?: string;
}

/** What the runner needs to judge one piece of learner code. */
export interface RunSpec {
  functionName: string;
  tests: PracticeTest[];
  /** Source defining `check(got, *args)`, for property tests. */
  check?: string;
}
