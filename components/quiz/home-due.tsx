'use client';

import { useEffect, useState } from 'react';
import { KEYS_URL } from '@/lib/quiz-bank';
import { ui } from '@/lib/ui-text/zh';

/**
 * Home-page island: how many due cards `/quiz/` would start with now, and a link to review. The
 * counting code (scheduler included) loads only after the page has rendered. Shows nothing until it
 * knows the count.
 */
export function HomeDue() {
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    Promise.all([import('@/lib/quiz-store/due-count'), fetch(KEYS_URL).then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(String(r.status)))))])
      .then(([{ countDueNow }, keys]) => countDueNow(keys, new Date()))
      .then(
        (n) => !cancelled && setDue(n),
        () => !cancelled && setDue(null),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <p className="mt-4 flex min-h-9 flex-wrap items-center gap-3 text-sm" data-testid="home-due">
      {due !== null && (
        <>
          <span className="text-zinc-700 dark:text-zinc-300">{ui.homeDue.due(due)}</span>
          <a href="/quiz/" className="rounded-md border border-accent-600 px-3 py-1 font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-300 dark:hover:bg-zinc-800">
            {ui.homeDue.review}
          </a>
        </>
      )}
    </p>
  );
}
