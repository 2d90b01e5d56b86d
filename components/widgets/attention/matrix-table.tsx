import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

interface Props {
  title: string;
  /** Row headers (tokens). */
  rows: string[];
  /** Column headers; defaults to 1…n. */
  cols?: string[];
  values: number[][];
  digits?: number;
  /** Split the columns into this many equal groups (heads), labelled and shaded alternately. */
  groups?: number;
  /** A line under the table, e.g. the variance of its entries. */
  note?: string;
  testId?: string;
}

/** A labelled matrix of numbers that scrolls inside its box on narrow screens. */
export function MatrixTable({ title, rows, cols, values, digits = 4, groups = 1, note, testId }: Props) {
  const width = values[0]?.length ?? 0;
  const headers = cols ?? Array.from({ length: width }, (_, j) => String(j + 1));
  // Integer matrices print as integers; otherwise fixed decimals so columns line up.
  const span = groups > 1 && width % groups === 0 ? width / groups : width;
  const shade = (j: number) => (span < width && Math.floor(j / span) % 2 === 1 ? 'bg-zinc-100/70 dark:bg-zinc-800/50' : '');
  const trim = values.every((row) => row.every((v) => Number.isInteger(v) || !Number.isFinite(v)));
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">{title}</figcaption>
      <div className="widget-scroll rounded-md border border-zinc-200 dark:border-zinc-800">
        <table data-testid={testId} className="w-full border-collapse font-mono text-xs">
          <thead>
            {span < width && (
              <tr className="text-zinc-500 dark:text-zinc-400">
                <td />
                {Array.from({ length: width / span }, (_, g) => (
                  <th key={g} scope="colgroup" colSpan={span} className={`px-1.5 pt-1 text-center font-sans font-normal ${shade(g * span)}`}>
                    {ui.widgets.attention.headGroup(g)}
                  </th>
                ))}
              </tr>
            )}
            <tr className="bg-zinc-50 text-zinc-500 dark:bg-zinc-800/60 dark:text-zinc-400">
              <th scope="col" className="px-1.5 py-1">
                <span className="sr-only">{title}</span>
              </th>
              {headers.map((h, j) => (
                <th key={j} scope="col" className={`px-1.5 py-1 text-right font-normal ${shade(j)}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((row, i) => (
              <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
                <th scope="row" className="whitespace-nowrap px-1.5 py-0.5 text-left font-sans font-normal text-zinc-600 dark:text-zinc-400">
                  {rows[i]}
                </th>
                {row.map((v, j) => (
                  <td key={j} className={`whitespace-nowrap px-1.5 py-0.5 text-right ${shade(j)}`}>
                    {formatNumber(v, digits, trim)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && <p className="mt-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">{note}</p>}
    </figure>
  );
}
