import type { Readiness } from '@/lib/srs/forecast';
import { ui } from '@/lib/ui-text/zh';
import { MasteryBar } from './progress-table';

export interface ReadinessRow {
  id: string;
  name: string;
  href: string;
  /** Starts a session on this group's cards. */
  quizHref: string;
  r: Readiness;
}

/** Interview-day forecast per section or note, weakest first (rows come sorted). */
export function ReadinessTable({ caption, rows, testId }: { caption: string; rows: ReadinessRow[]; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-left text-sm" data-testid={testId}>
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.progress.colName}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.readiness.colPredicted}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{ui.readiness.colPerDay}</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">{ui.readiness.colAction}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={row.href} className="text-accent-700 hover:underline dark:text-accent-300">{row.name}</a>
              </th>
              <td className="py-2 pr-3"><MasteryBar value={row.r.predicted} /></td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{ui.readiness.perDay(row.r.perDay)}</td>
              <td className="py-2">
                {row.r.reviewsNeeded > 0 && (
                  <a href={row.quizHref} className="whitespace-nowrap text-accent-700 underline dark:text-accent-300" aria-label={ui.readiness.startFor(row.name)}>
                    {ui.readiness.start}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
