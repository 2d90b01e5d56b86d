import type { PyodideAPI } from 'pyodide';
import { HARNESS_PY } from './harness-py';
import type { RunResult } from './runner';

/** Installs the harness in its own namespace (learner code cannot see it) and returns its `run`. */
export function installHarness(py: PyodideAPI): (source: string, specJson: string) => RunResult {
  const namespace = py.globals.get('dict')();
  py.runPython(HARNESS_PY, { globals: namespace, filename: '<mlprep-harness>' });
  const run = namespace.get('run');
  return (source, specJson) => JSON.parse(run(source, specJson) as string) as RunResult;
}
