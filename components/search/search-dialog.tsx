'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { clearRecent, readRecent, rememberSearch } from './recent-searches';
import { ResultBody } from './result-item';
import { LoadError, NoResults } from './search-messages';
import { useSearch } from './use-search';

const t = ui.search;
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Modal search: a combobox over a listbox of results (WAI-ARIA combobox pattern). */
export interface SearchDialogProps {
  onClose: () => void;
  /**
   * Hands over what the reader typed while the dialog was still loading (and whether they pressed
   * Enter); called once, in the same moment the input takes focus, so no keystroke falls in between.
   */
  takeTypedAhead?: () => { text: string; enter: boolean };
}

export function SearchDialog({ onClose, takeTypedAhead }: SearchDialogProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [query, setQuery] = useState(''); // lags `value` while an IME composition is in progress
  const [active, setActive] = useState(0);
  // The dialog only ever renders in the browser (it opens on demand), so localStorage is there.
  const [recent, setRecent] = useState<string[]>(readRecent);
  const composing = useRef(false);
  const state = useSearch(query);
  const results = state.status === 'ready' ? state.results : [];
  const answered = state.status === 'ready' ? state.query : null; // results lag the input by one worker round trip
  const enterPending = useRef(false);

  useEffect(() => {
    const el = input.current;
    const ahead = takeTypedAhead?.();
    // Into the field itself first: keys typed before React re-renders then append to it, not replace it.
    if (el && ahead?.text) el.value = ahead.text;
    el?.focus();
    if (!ahead?.text) return;
    // One hand-over from outside React, in the effect that focuses the input: taking the keys any
    // earlier (e.g. in a state initialiser) would lose those typed before the focus moves.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(ahead.text);
    setQuery(ahead.text);
    enterPending.current = ahead.enter;
  }, [takeTypedAhead]);
  const changeQuery = (q: string) => {
    setQuery(q);
    setActive(0);
  };

  const open = (index: number) => {
    const r = results[index];
    if (!r) return;
    rememberSearch(query);
    onClose();
    // A full load: note pages are static HTML with islands, not pages of this app's router.
    window.location.assign(r.href);
  };
  // Enter pressed before the answer to the latest query arrived: open its first result when it does.
  useEffect(() => {
    if (enterPending.current && answered === query) {
      enterPending.current = false;
      open(0);
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (e.key === 'Enter' && !composing.current && !e.nativeEvent.isComposing && e.target === input.current) {
      e.preventDefault();
      if (answered === query) open(active);
      else enterPending.current = true;
    } else if (e.key === 'Tab') {
      // Focus trap over every focusable item in the dialog: input, close button, recent and popular
      // searches, suggestions, the browse link. Results are options of the combobox, not tab stops.
      const stops = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const i = stops.indexOf(document.activeElement as HTMLElement);
      e.preventDefault();
      stops[(i + (e.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
    }
  };

  const pickQuery = (q: string) => {
    setValue(q);
    changeQuery(q);
    input.current?.focus();
  };

  return (
    <div data-search-dialog="" className="fixed inset-0 z-50 flex items-start justify-center bg-zinc-950/50 px-3 pt-[8vh] backdrop-blur-sm" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label={t.dialogLabel} onKeyDown={onKeyDown} className="flex max-h-[80vh] w-full max-w-2xl flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl dark:border-zinc-700 dark:bg-zinc-900">
        <div className="flex items-center gap-2 border-b border-zinc-200 px-4 dark:border-zinc-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 text-zinc-400" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="9" cy="9" r="6" />
            <path d="M14 14l4 4" />
          </svg>
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label={t.inputLabel}
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={results.length ? `${listId}-${active}` : undefined}
            placeholder={t.placeholder}
            value={value}
            maxLength={500}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setValue(e.target.value);
              if (!composing.current) changeQuery(e.target.value);
            }}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={(e) => {
              composing.current = false;
              changeQuery(e.currentTarget.value);
            }}
            className="h-14 min-w-0 flex-1 bg-transparent text-base text-zinc-900 outline-none placeholder:text-zinc-400 dark:text-zinc-100"
          />
          <button id={`${listId}-close`} type="button" onClick={onClose} className="rounded border border-zinc-300 px-1.5 py-0.5 text-xs text-zinc-500 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-400 dark:hover:bg-zinc-800" aria-label={t.close}>
            Esc
          </button>
        </div>

        <div className="min-h-0 flex-1 overflow-y-auto p-2">
          <p role="status" aria-live="polite" className="sr-only">
            {answered?.trim() ? t.resultsCount(results.length) : ''}
          </p>
          {state.status === 'loading' && <p className="px-3 py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{t.loading}</p>}
          {state.status === 'error' && <LoadError retry={state.retry} />}
          <ul id={listId} role="listbox" aria-label={ui.search.resultsLabel} className={results.length ? 'space-y-1' : 'hidden'}>
            {results.map((r, i) => (
              <li
                key={r.slug}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseMove={() => setActive(i)}
                onClick={() => open(i)}
                className="cursor-pointer rounded-lg px-3 py-2 aria-selected:bg-accent-50 aria-selected:ring-1 aria-selected:ring-accent-300 dark:aria-selected:bg-zinc-800 dark:aria-selected:ring-accent-400/50"
              >
                <ResultBody result={r} />
              </li>
            ))}
          </ul>
          {state.status === 'ready' && answered?.trim() && query.trim() && !results.length && (
            <NoResults query={answered} suggestions={state.suggestions} onPick={pickQuery} onBrowse={onClose} />
          )}
          {!query.trim() && state.status !== 'error' && (
            <div className="space-y-4 px-3 py-3 text-sm">
              {recent.length > 0 && (
                <div>
                  <p className="mb-2 flex items-center justify-between text-xs font-semibold text-zinc-500 dark:text-zinc-400">
                    {t.recent}
                    <button type="button" className="font-normal underline" onClick={() => (clearRecent(), setRecent([]))}>
                      {t.clearRecent}
                    </button>
                  </p>
                  <div className="flex flex-wrap gap-2">
                    {recent.map((q) => (
                      <button key={q} type="button" onClick={() => pickQuery(q)} className="rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
                        {q}
                      </button>
                    ))}
                  </div>
                </div>
              )}
              <div>
                <p className="mb-2 text-xs font-semibold text-zinc-500 dark:text-zinc-400">{t.popular}</p>
                <div className="flex flex-wrap gap-2">
                  {t.popularQueries.map((q) => (
                    <button key={q} type="button" onClick={() => pickQuery(q)} className="rounded-full bg-zinc-100 px-3 py-1 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700">
                      {q}
                    </button>
                  ))}
                </div>
              </div>
            </div>
          )}
        </div>
        <p className="hidden border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-700 dark:text-zinc-400 sm:block">{t.hint}</p>
      </div>
    </div>
  );
}
