import type { RunResult } from '@/lib/practice/runner';
import type { RunRequest, WorkerMessage } from './worker-protocol';

/** A run's time limit. The worker cannot be interrupted without cross-origin isolation, so it is replaced. */
export const RUN_LIMIT_MS = 5000;

export type RuntimeState = 'idle' | 'loading' | 'ready' | 'running' | 'failed';
export type RunOutcome =
  | { kind: 'result'; result: RunResult; runMs: number }
  | { kind: 'timeout' }
  | { kind: 'crash'; message: string }
  | { kind: 'load_failed'; message: string };

let worker: Worker | undefined;
let state: RuntimeState = 'idle';
let ready: Promise<boolean> | undefined;
let nextId = 0;
let pending: { id: number; resolve: (o: RunOutcome) => void; timer: ReturnType<typeof setTimeout> } | undefined;
let lastLoadError = '';
const listeners = new Set<() => void>();
/** Milliseconds the latest worker took to become ready (for the benchmark). */
export let lastLoadMs = 0;

function setState(s: RuntimeState) {
  state = s;
  for (const l of listeners) l();
}

function settle(outcome: RunOutcome) {
  if (!pending) return;
  clearTimeout(pending.timer);
  const { resolve } = pending;
  pending = undefined;
  resolve(outcome);
}

/** Starts the worker if none is running. Called when the editor gets focus, so the first run waits less. */
export function warmUp(): Promise<boolean> {
  if (ready) return ready;
  setState('loading');
  const w = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module' });
  worker = w;
  ready = new Promise<boolean>((resolve) => {
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'ready') {
        lastLoadMs = m.loadMs;
        setState('ready');
        resolve(true);
      } else if (m.type === 'load_failed') {
        lastLoadError = m.message;
        restart('failed');
        resolve(false);
      } else if (pending && m.id === pending.id) {
        if (m.type === 'result') settle({ kind: 'result', result: m.result, runMs: m.runMs });
        else {
          restart();
          settle({ kind: 'crash', message: m.message });
        }
      }
    };
    w.onerror = (e) => {
      e.preventDefault();
      const wasRunning = Boolean(pending);
      restart(wasRunning ? undefined : 'failed');
      if (wasRunning) settle({ kind: 'crash', message: e.message || 'worker error' });
      else {
        lastLoadError = e.message || 'worker error';
        resolve(false);
      }
    };
  });
  return ready;
}

/** Throws the current worker away; a fresh one starts loading unless the runtime could not load at all. */
function restart(final?: 'failed') {
  worker?.terminate();
  worker = undefined;
  ready = undefined;
  if (final) setState('failed');
  else void warmUp();
}

/** Runs learner code in the worker, at most RUN_LIMIT_MS once the runtime is ready. */
export async function runPython(source: string, specJson: string): Promise<RunOutcome> {
  if (!(await warmUp())) return { kind: 'load_failed', message: lastLoadError };
  settle({ kind: 'crash', message: 'superseded' });
  const id = ++nextId;
  setState('running');
  return new Promise<RunOutcome>((resolve) => {
    const timer = setTimeout(() => {
      restart();
      settle({ kind: 'timeout' });
    }, RUN_LIMIT_MS);
    pending = {
      id,
      timer,
      resolve: (o) => {
        if (state === 'running') setState('ready');
        resolve(o);
      },
    };
    const request: RunRequest = { id, source, specJson };
    worker!.postMessage(request);
  });
}

export function runtimeState(): RuntimeState {
  return state;
}
export function subscribeRuntime(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
