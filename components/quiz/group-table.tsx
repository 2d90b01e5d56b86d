import type { ReactNode } from 'react';
import { ui } from '@/lib/ui-text/zh';

/** A section or a note; its row starts with its name, linking to it. */
export interface GroupRow {
  id: string;
  name: string;
  href: string;
}

interface Props<R extends GroupRow> {
  caption: string;
  testId?: string;
  /** Headers of the columns after the name. */
  columns: readonly ReactNode[];
  rows: readonly R[];
  /** The cells after the name, one per column. */
  cells: (row: R) => ReactNode;
}

/** One row per section or note, as the /progress/ page lists them (mastery, readiness…). */
export function GroupTable<R extends GroupRow>({ caption, testId, columns, rows, cells }: Props<R>) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-left text-sm" data-testid={testId}>
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            {[ui.progress.colName, ...columns].map((label, i) => (
              <th key={i} scope="col" className={i === columns.length ? 'py-2 font-medium' : 'py-2 pr-3 font-medium'}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={row.href} className="text-accent-700 hover:underline dark:text-accent-300">{row.name}</a>
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
