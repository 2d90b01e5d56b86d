'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { captureInstallPrompt } from './install-state';

const t = ui.offline.update;

/**
 * Registers the service worker once the page is idle, and when a new version is waiting asks the
 * reader before switching (the new worker only takes over on "刷新", then every tab reloads).
 */
export function ServiceWorkerAgent() {
  const [update, setUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    captureInstallPrompt();
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const start = async () => {
      const { Serwist } = await import('@serwist/window');
      if (cancelled) return;
      const sw = new Serwist('/sw.js', { scope: '/', type: 'classic' });
      // Only a version that waited for the reader's "刷新" (in this tab or another) reloads the page;
      // the very first install takes control silently.
      let updateWaiting = false;
      sw.addEventListener('waiting', () => {
        updateWaiting = true;
        setUpdate(() => () => sw.messageSkipWaiting());
      });
      sw.addEventListener('controlling', () => {
        if (updateWaiting) location.reload();
      });
      // Registration fails where service workers are blocked (private modes, policies, test browsers):
      // the site then simply works online only.
      sw.register().catch(() => undefined);
    };
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    if (document.readyState === 'complete') idle(() => void start());
    else window.addEventListener('load', () => idle(() => void start()), { once: true });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!update) return null;
  return (
    <div
      role="status"
      aria-label={t.label}
      data-testid="update-banner"
      className="no-print fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      <span className="flex-1 font-medium">{t.available}</span>
      <button type="button" onClick={update} className="rounded-md bg-accent-700 px-3 py-1.5 font-medium text-white hover:bg-accent-600 focus-visible:outline-2 focus-visible:outline-offset-2">
        {t.reload}
      </button>
      <button type="button" onClick={() => setUpdate(null)} className="rounded-md px-3 py-1.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
        {t.later}
      </button>
    </div>
  );
}
