'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { ResultBody } from './result-item';
import { LoadError, NoResults } from './search-messages';
import { useSearch } from './use-search';

const t = ui.search;

/** /search/?q=… : the same results as the dialog, as plain links, with the query kept in the URL. */
export function SearchPage() {
  const params = useSearchParams();
  const [value, setValue] = useState(() => params.get('q') ?? '');
  const [composing, setComposing] = useState(false);
  const [query, setQuery] = useState(value);
  const state = useSearch(query, 50);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }, [query]);

  return (
    <>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          aria-label={t.inputLabel}
          placeholder={t.placeholder}
          value={value}
          maxLength={500}
          autoComplete="off"
          onChange={(e) => {
            setValue(e.target.value);
            if (!composing) setQuery(e.target.value);
          }}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={(e) => {
            setComposing(false);
            setQuery(e.currentTarget.value);
          }}
          className="h-12 w-full rounded-lg border border-zinc-300 bg-white px-4 text-base outline-none focus:border-accent-600 focus:ring-2 focus:ring-accent-300 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </form>
      <p role="status" aria-live="polite" className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">
        {state.status === 'loading' && query.trim() ? t.loading : state.status === 'ready' && state.query.trim() ? t.resultsCount(state.results.length) : ''}
      </p>
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'ready' && (
        <>
          <ul aria-label={t.resultsLabel} className="mt-4 space-y-2" data-testid="search-results">
            {state.results.map((r) => (
              <li key={r.slug}>
                <a href={r.href} className="block rounded-lg border border-zinc-200 px-4 py-3 hover:border-accent-400 dark:border-zinc-800 dark:hover:border-accent-400">
                  <ResultBody result={r} />
                </a>
              </li>
            ))}
          </ul>
          {state.query.trim() && !state.results.length && (
            <NoResults query={state.query} suggestions={state.suggestions} onPick={(q) => (setValue(q), setQuery(q))} />
          )}
        </>
      )}
    </>
  );
}
