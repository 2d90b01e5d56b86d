'use client';

import { useEffect, useState } from 'react';
import type { SearchEngine } from '@/lib/search/engine';
import type { SearchResult } from '@/lib/search/types';
import { loadSearchEngine } from './search-client';

export type SearchState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; results: SearchResult[]; suggestions: string[] };

/** Loads the engine on first use and answers `query`; an empty query gives no results. */
export function useSearch(query: string, limit = 20): SearchState {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setFailed(false);
    loadSearchEngine().then(
      (e) => live && setEngine(() => e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (failed) return { status: 'error', retry: () => setAttempt((a) => a + 1) };
  if (!engine) return { status: 'loading' };
  const results = query.trim() ? engine.search(query, limit) : [];
  return { status: 'ready', results, suggestions: query.trim() && !results.length ? engine.suggest(query) : [] };
}
