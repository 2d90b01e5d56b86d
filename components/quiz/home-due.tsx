'use client';

import { useEffect, useState } from 'react';
import { countDue } from '@/lib/quiz-store/due-count';
import { ui } from '@/lib/ui-text/zh';

function endOfToday(): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

/** Home-page island: today's due count and a link to review. Shows nothing until it knows the count. */
export function HomeDue({ notes }: { notes: string[] }) {
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    countDue(new Set(notes), endOfToday()).then(setDue, () => setDue(null));
  }, [notes]);
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
