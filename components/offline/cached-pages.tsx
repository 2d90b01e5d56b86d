'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { cachedPagePaths, fetchOfflineList } from './offline-cache';

const t = ui.offline.page;

/** On the offline page: the notes and pages this browser can open without a network. */
export function CachedPages() {
  const [pages, setPages] = useState<{ path: string; title: string }[] | null>(null);

  useEffect(() => {
    void (async () => {
      const [list, cached] = await Promise.all([fetchOfflineList(), cachedPagePaths()]);
      const titles = new Map(list?.pages.map((p) => [decodeURI(p.path), p.title]));
      setPages(
        [...cached]
          .map((p) => decodeURI(p))
          .filter((p) => titles.has(p))
          .map((path) => ({ path, title: titles.get(path)! }))
          .sort((a, b) => a.path.localeCompare(b.path)),
      );
    })();
  }, []);

  if (!pages) return null;
  return (
    <section aria-labelledby="cached-heading" className="mt-8">
      <h2 id="cached-heading" className="mb-2 text-lg font-semibold">{t.cachedNotes(pages.length)}</h2>
      {pages.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-300">{t.noCachedNotes}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2" data-testid="cached-pages">
          {pages.map((p) => (
            <li key={p.path}>
              <a className="text-accent-700 underline-offset-2 hover:underline dark:text-accent-300" href={p.path}>{p.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
