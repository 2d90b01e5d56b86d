import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Padding, alignment, width and visibility of this header cell. */
  className: string;
}

interface Props {
  /** Read by screen readers only; the widget's title and headers say it visually. */
  caption: string;
  /** Width floor and text alignment of the whole table, e.g. "min-w-[20rem] text-right". */
  className: string;
  /** Header cells in order; `false` or `null` leaves out a column that is shown only sometimes. */
  columns: readonly (Column | false | null)[];
  /** The body rows. */
  children: ReactNode;
  /** Below the table, inside the same sideways-scrolling box. */
  footer?: ReactNode;
}

/** A widget's readout table: one muted header row over the body, scrolling sideways at 375 px. */
export function ReadoutTable({ caption, className, columns, children, footer }: Props) {
  return (
    <div className="widget-scroll">
      <table className={`w-full border-collapse ${className}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-xs text-zinc-500 dark:text-zinc-400">
            {columns.map((col, i) =>
              col ? (
                <th key={i} scope="col" className={`font-medium ${col.className}`}>
                  {col.label}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
