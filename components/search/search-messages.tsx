import { ui } from '@/lib/ui-text/zh';

const t = ui.search;

export function LoadError({ retry }: { retry: () => void }) {
  return (
    <p className="px-3 py-6 text-center text-sm text-red-700 dark:text-red-400">
      {t.loadFailed}{' '}
      <button type="button" className="underline" onClick={retry}>
        {t.retry}
      </button>
    </p>
  );
}

/** Nothing matched: say so, offer similar names, and a way to browse instead. */
export function NoResults({ query, suggestions, onPick, onBrowse }: { query: string; suggestions: string[]; onPick: (q: string) => void; onBrowse?: () => void }) {
  return (
    <div className="px-3 py-6 text-sm text-zinc-600 dark:text-zinc-300">
      <p>{t.noResults(query.trim().slice(0, 40))}</p>
      {suggestions.length > 0 && (
        <p className="mt-3">
          {t.didYouMean}
          {suggestions.map((s) => (
            <button key={s} type="button" onClick={() => onPick(s)} className="ml-2 rounded bg-zinc-100 px-2 py-0.5 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700">
              {s}
            </button>
          ))}
        </p>
      )}
      <p className="mt-3">
        {/* A plain link: the dialog is its own React root, outside the app router, on note pages too. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/#sections" onClick={onBrowse} className="text-accent-700 underline dark:text-accent-300">
          {t.browseSections}
        </a>
      </p>
    </div>
  );
}
