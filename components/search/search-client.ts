import type { SearchRequest, SearchResponse } from './search-protocol';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (r: SearchResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** Asks the worker (started on first use, then kept for the page's life) to answer a query. */
export function searchInWorker(query: string, limit: number): Promise<SearchResponse> {
  const id = ++nextId;
  const request: SearchRequest = { id, query, limit };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    getWorker().postMessage(request);
  });
}
