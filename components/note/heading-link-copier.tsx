'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';

/** One delegated listener for every heading "#" link: follow it and copy its URL. */
export function HeadingLinkCopier() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[data-heading-anchor]');
      if (!(a instanceof HTMLAnchorElement)) return;
      navigator.clipboard?.writeText(a.href).then(
        () => {
          setMessage(ui.note.linkCopied);
          clearTimeout(timer);
          timer = setTimeout(() => setMessage(''), 2000);
        },
        () => undefined, // Clipboard refused (permissions): the link still navigates to the anchor.
      );
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);
  return (
    <div role="status" aria-live="polite" className="no-print pointer-events-none fixed bottom-4 left-1/2 z-50 -translate-x-1/2">
      {message && <span className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm text-white shadow dark:bg-zinc-100 dark:text-zinc-900">{message}</span>}
    </div>
  );
}
