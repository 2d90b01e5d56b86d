import type { SearchEngine } from '@/lib/search/engine';
import type { SearchData } from '@/lib/search/types';

let pending: Promise<SearchEngine> | undefined;

/** Fetches the index data and builds the engine once per page session; later calls share it. */
export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= (async () => {
    const [{ createSearchEngine }, res] = await Promise.all([import('@/lib/search/engine'), fetch('/search-index.json')]);
    if (!res.ok) throw new Error(`search-index.json: HTTP ${res.status}`);
    return createSearchEngine((await res.json()) as SearchData);
  })();
  // A failed load must not stick: the next attempt fetches again.
  pending.catch(() => (pending = undefined));
  return pending;
}
