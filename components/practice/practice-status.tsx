'use client';

import { useSyncExternalStore } from 'react';
import { practiceStore } from '@/lib/practice/store';
import { ui } from '@/lib/ui-text/zh';

const t = ui.practice;

/** Solved / attempted / not started for one problem, read from this browser's practice store. */
export function PracticeStatus({ slug }: { slug: string }) {
  const status = useSyncExternalStore(
    (l) => practiceStore().subscribe(l),
    () => practiceStore().getProgress()[slug]?.status ?? 'none',
    () => null,
  );
  if (!status) return <span className="inline-block w-14" />;
  const style = { solved: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200', attempted: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200', none: 'text-zinc-600 dark:text-zinc-400' }[status];
  return (
    <span data-testid={`status-${slug}`} data-status={status} className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${style}`}>
      <span className="sr-only">{t.statusLabel}：</span>
      {status === 'solved' ? '✓ ' : ''}
      {t.status[status]}
    </span>
  );
}
