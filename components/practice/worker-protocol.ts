import type { RunResult } from '@/lib/practice/runner';

/** Main thread → worker. The worker starts loading Pyodide as soon as it exists. */
export interface RunRequest {
  id: number;
  source: string;
  specJson: string;
}

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'load_failed'; message: string }
  | { type: 'result'; id: number; result: RunResult; runMs: number }
  /** The runtime failed outside the learner's code (e.g. wasm out of memory): it must be replaced. */
  | { type: 'crashed'; id: number; message: string };
