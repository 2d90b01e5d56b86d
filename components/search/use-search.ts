'use client';

import { useEffect, useState } from 'react';
import type { SearchResult } from '@/lib/search/types';
import { searchInWorker } from './search-client';

export type SearchState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; query: string; results: SearchResult[]; suggestions: string[] };

/**
 * Answers `query` from the search worker. The first call starts loading the index; until it is
 * ready the state is 'loading', after that the previous results stay on screen until new ones arrive.
 */
export function useSearch(query: string, limit = 20): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    searchInWorker(query, limit).then((r) => {
      if (!live) return;
      if (r.ok) setState({ status: 'ready', query, results: r.results, suggestions: r.suggestions });
      else setState({ status: 'error', retry: () => setAttempt((a) => a + 1) });
    });
    return () => {
      live = false;
    };
  }, [query, limit, attempt]);

  return state;
}
