'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { ui } from '@/lib/ui-text/zh';
import { searchInWorker } from './search-client';
import { SearchDialog } from './search-dialog';

let warmed = false;
function warmUp() {
  if (warmed) return;
  warmed = true;
  void searchInWorker('', 1);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Header search button; also opened by Ctrl/⌘+K anywhere and by "/" when not typing. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  // Marks the page hydrated (keyboard shortcut listening) for tests and benchmarks.
  const ready = useHydrated();
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    opener.current = document.activeElement as HTMLElement | null;
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    setOpen(false);
    // Return focus to what had it, as a modal dialog should.
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        show();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        show();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        // Pointing at or tabbing to the button signals intent: start loading the index already.
        onPointerEnter={warmUp}
        onFocus={warmUp}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        data-testid="search-button"
        data-ready={ready || undefined}
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
      {open && <SearchDialog onClose={hide} />}
    </>
  );
}
