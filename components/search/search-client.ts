import type { SearchRequest, SearchResponse } from './search-protocol';

/** The first answer includes loading and indexing the notes; beyond this the worker is taken as dead. */
export const SEARCH_TIMEOUT_MS = 20_000;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (r: SearchResponse) => void>();

/**
 * Answers every pending request with an error and drops the worker, so the next request (the
 * retry button) starts a fresh one. Happens when the worker script fails to load (e.g. its chunk is
 * gone after a redeploy) or stops answering.
 */
function fail(error: string): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, resolve] of waiting) resolve({ id, ok: false, error });
  waiting.clear();
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail('worker failed to load');
    };
  }
  return worker;
}

let warmed = false;
/** Starts the worker and its index download before the first query (the reader is about to search). */
export function warmUpSearch(): void {
  if (warmed) return;
  warmed = true;
  void searchInWorker('', 1);
}

/** Asks the worker (started on first use, then kept for the page's life) to answer a query; never hangs. */
export function searchInWorker(query: string, limit: number): Promise<SearchResponse> {
  const id = ++nextId;
  const request: SearchRequest = { id, query, limit };
  return new Promise((resolve) => {
    const timer = setTimeout(() => fail('timeout'), SEARCH_TIMEOUT_MS);
    waiting.set(id, (r) => {
      clearTimeout(timer);
      resolve(r);
    });
    try {
      getWorker().postMessage(request);
    } catch {
      fail('worker could not start');
    }
  });
}
