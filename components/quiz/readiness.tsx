import type { Readiness } from '@/lib/srs/forecast';
import { ui } from '@/lib/ui-text/zh';
import { GroupTable, type GroupRow } from './group-table';
import { MasteryBar } from './progress-table';

export interface ReadinessRow extends GroupRow {
  /** Starts a session on this group's cards. */
  quizHref: string;
  r: Readiness;
}

/** Interview-day forecast per section or note, weakest first (rows come sorted). */
export function ReadinessTable({ caption, rows, testId }: { caption: string; rows: ReadinessRow[]; testId: string }) {
  return (
    <GroupTable
      caption={caption}
      testId={testId}
      columns={[ui.readiness.colPredicted, ui.readiness.colPerDay, <span key="action" className="sr-only">{ui.readiness.colAction}</span>]}
      rows={rows}
      cells={(row) => (
        <>
          <td className="py-2 pr-3"><MasteryBar value={row.r.predicted} /></td>
          <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{ui.readiness.perDay(row.r.perDay)}</td>
          <td className="py-2">
            {row.r.reviewsNeeded > 0 && (
              <a href={row.quizHref} className="whitespace-nowrap text-accent-700 underline dark:text-accent-300" aria-label={ui.readiness.startFor(row.name)}>
                {ui.readiness.start}
              </a>
            )}
          </td>
        </>
      )}
    />
  );
}
