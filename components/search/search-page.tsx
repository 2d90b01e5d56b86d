'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { ResultBody } from './result-item';
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
        {state.status === 'loading' && query.trim() ? t.loading : state.status === 'ready' && query.trim() ? t.resultsCount(state.results.length) : ''}
      </p>
      {state.status === 'error' && (
        <p className="mt-4 text-red-700 dark:text-red-400">
          {t.loadFailed}{' '}
          <button type="button" className="underline" onClick={state.retry}>
            {t.retry}
          </button>
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <ul aria-label={t.resultsLabel} className="mt-4 space-y-2" data-testid="search-results">
            {state.results.map((r) => (
              <li key={r.slug}>
                <Link href={r.href} className="block rounded-lg border border-zinc-200 px-4 py-3 hover:border-accent-400 dark:border-zinc-800 dark:hover:border-accent-400">
                  <ResultBody result={r} />
                </Link>
              </li>
            ))}
          </ul>
          {query.trim() && !state.results.length && (
            <div className="mt-4 text-zinc-600 dark:text-zinc-300">
              <p>{t.noResults(query.trim().slice(0, 40))}</p>
              {state.suggestions.length > 0 && (
                <p className="mt-2">
                  {t.didYouMean}
                  {state.suggestions.map((s) => (
                    <button key={s} type="button" onClick={() => (setValue(s), setQuery(s))} className="ml-2 rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">
                      {s}
                    </button>
                  ))}
                </p>
              )}
              <p className="mt-2">
                <Link href="/#sections" className="text-accent-700 underline dark:text-accent-300">
                  {t.browseSections}
                </Link>
              </p>
            </div>
          )}
        </>
      )}
    </>
  );
}
