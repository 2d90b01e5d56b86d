import { ui } from '@/lib/ui-text/zh';

/**
 * Header search button, server-rendered; components/enhance/search.ts opens the dialog from it (and
 * from Ctrl/⌘+K anywhere, "/" when not typing) and marks it `data-ready` once that works.
 */
export function SearchLauncher() {
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-keyshortcuts="Control+K Meta+K /"
      data-testid="search-button"
      className="inline-flex h-9 items-center gap-2 rounded-md border border-zinc-300 px-2.5 text-sm text-zinc-500 hover:border-zinc-400 hover:text-zinc-800 dark:border-zinc-700 dark:text-zinc-400 dark:hover:border-zinc-500 dark:hover:text-zinc-100 sm:w-56"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="9" cy="9" r="6" />
        <path d="M14 14l4 4" />
      </svg>
      <span className="hidden sm:inline">{ui.search.open}</span>
      <span className="sr-only sm:hidden">{ui.search.open}</span>
      <kbd className="ml-auto hidden rounded border border-zinc-300 px-1 font-sans text-[0.7rem] dark:border-zinc-600 sm:inline">{ui.search.shortcut}</kbd>
    </button>
  );
}
