/// <reference lib="webworker" />
// Runs learner code in Pyodide, off the main thread. Pyodide is loaded from the copy the build puts in
// /pyodide/<version>/ (scripts/copy-pyodide.mjs) by a runtime URL the bundler cannot see or rewrite.
import pkg from 'pyodide/package.json';
import type { loadPyodide as LoadPyodide } from 'pyodide';
import { installHarness } from '@/lib/practice/install-harness';
import type { RunRequest, WorkerMessage } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);
const indexURL = `${scope.location.origin}/pyodide/${pkg.version}/`;
const importAtRuntime = new Function('url', 'return import(url)') as (url: string) => Promise<{ loadPyodide: typeof LoadPyodide }>;

const started = performance.now();
const runnerPromise = (async () => {
  // Turbopack boots every worker as a classic script (its bootstrap uses importScripts), even with
  // { type: 'module' }. Pyodide 314 refuses classic workers by probing importScripts, although all it
  // needs is dynamic import(), which classic workers have. Hide the probe while Pyodide loads.
  const importScripts = scope.importScripts;
  Reflect.set(scope, 'importScripts', undefined);
  try {
    const { loadPyodide } = await importAtRuntime(`${indexURL}pyodide.mjs`);
    const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
    py.setStdin({ error: true });
    return installHarness(py);
  } finally {
    Reflect.set(scope, 'importScripts', importScripts);
  }
})();

runnerPromise.then(
  () => post({ type: 'ready', loadMs: Math.round(performance.now() - started) }),
  (err: unknown) => post({ type: 'load_failed', message: String((err as Error)?.message ?? err) }),
);

scope.onmessage = async (e: MessageEvent<RunRequest>) => {
  const { id, source, specJson } = e.data;
  let run;
  try {
    run = await runnerPromise;
  } catch {
    return; // load_failed was already posted
  }
  const t = performance.now();
  try {
    const result = run(source, specJson);
    post({ type: 'result', id, result, runMs: Math.round(performance.now() - t) });
  } catch (err) {
    post({ type: 'crashed', id, message: String((err as Error)?.message ?? err).slice(0, 500) });
  }
};
