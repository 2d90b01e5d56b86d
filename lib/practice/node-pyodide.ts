import { loadPyodide } from 'pyodide';
import { installHarness } from './install-harness';

/** Pyodide in Node with the harness installed: the same package and harness the browser runs. For tests. */
export async function loadNodeRunner() {
  const py = await loadPyodide();
  py.setStdin({ error: true });
  return installHarness(py);
}
