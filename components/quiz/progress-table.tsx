import type { GroupStats } from '@/lib/srs/stats';
import { ui } from '@/lib/ui-text/zh';
import { GroupTable, type GroupRow } from './group-table';

export interface ProgressRow extends GroupRow {
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
    <GroupTable
      caption={caption}
      columns={[ui.progress.colSeen, ui.progress.colDue, ui.progress.colMastery, ui.progress.colLapses]}
      rows={rows}
      cells={(r) => (
        <>
          <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{r.stats.seen} / {r.stats.total}</td>
          <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{r.stats.dueToday}</td>
          <td className="py-2 pr-3"><MasteryBar value={r.stats.mastery} /></td>
          <td className="py-2 tabular-nums">{r.stats.lapses}</td>
        </>
      )}
    />
  );
}
