import type { GroupStats } from '@/lib/srs/stats';
import { ui } from '@/lib/ui-text/zh';

export interface ProgressRow {
  id: string;
  name: string;
  href: string;
  stats: GroupStats;
}

export function MasteryBar({ value }: { value: number }) {
  const pct = Math.round(value * 100);
  return (
    <span className="flex items-center gap-2">
      <span className="h-2 w-16 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
        <span className="block h-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${pct}%` }} />
      </span>
      <span className="tabular-nums">{pct}%</span>
    </span>
  );
}

/** Seen / due today / mastery / lapses per section or note. */
export function ProgressTable({ caption, rows }: { caption: string; rows: ProgressRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.progress.colName}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.progress.colSeen}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.progress.colDue}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.progress.colMastery}</th>
            <th scope="col" className="py-2 font-medium">{ui.progress.colLapses}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={r.href} className="text-accent-700 hover:underline dark:text-accent-300">{r.name}</a>
              </th>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{r.stats.seen} / {r.stats.total}</td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{r.stats.dueToday}</td>
              <td className="py-2 pr-3"><MasteryBar value={r.stats.mastery} /></td>
              <td className="py-2 tabular-nums">{r.stats.lapses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
