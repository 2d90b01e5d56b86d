// Builds the search index and answers queries off the main thread, so typing never stutters
// while ~500 KB of note text is being indexed.
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import type { SearchData } from '@/lib/search/types';
import type { SearchRequest, SearchResponse } from './search-protocol';

let engine: Promise<SearchEngine> | undefined;

function load(): Promise<SearchEngine> {
  engine ??= fetch('/search-index.json')
    .then((res) => {
      if (!res.ok) throw new Error(`search-index.json: HTTP ${res.status}`);
      return res.json() as Promise<SearchData>;
    })
    .then(createSearchEngine);
  engine.catch(() => (engine = undefined)); // a failed load is retried on the next request
  return engine;
}

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const { id, query, limit } = e.data;
  let reply: SearchResponse;
  try {
    const eng = await load();
    const results = query.trim() ? eng.search(query, limit) : [];
    reply = { id, ok: true, results, suggestions: query.trim() && !results.length ? eng.suggest(query) : [] };
  } catch (err) {
    reply = { id, ok: false, error: String(err) };
  }
  self.postMessage(reply);
};
