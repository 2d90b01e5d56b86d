import type { Tensor } from '@/lib/math/normalization';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

const s = ui.widgets.norm;

interface Props {
  batch: number;
  rows: number[][];
  out: Tensor;
  groupIndex: number[][][];
  selected: number;
  onSelect: (group: number) => void;
}

/**
 * One table per sample (rows = tokens, columns = hidden dims). Cells of the highlighted group get a
 * ● and a thick border, and every cell names its group, so the colour is never the only signal.
 */
export function NormTensor({ batch, rows, out, groupIndex, selected, onSelect }: Props) {
  const T = rows.length / batch;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <p className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-400">{s.legend}</p>
      {Array.from({ length: batch }, (_, b) => (
        <div key={b} className="widget-scroll">
          <table className="border-collapse font-mono text-xs" data-testid={`norm-sample-${b}`}>
            <caption className="mb-1 text-left font-sans font-medium">
              {s.sample(b)}
              <span className="sr-only">{s.sampleTable(b)}</span>
            </caption>
            <thead>
              <tr>
                <td />
                {rows[0]!.map((_, h) => (
                  <th key={h} scope="col" className="px-1 font-normal text-zinc-500 dark:text-zinc-400">h{h + 1}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: T }, (_, t) => (
                <tr key={t}>
                  <th scope="row" className="pr-1 text-left font-normal text-zinc-500 dark:text-zinc-400">t{t + 1}</th>
                  {rows[b * T + t]!.map((x, h) => {
                    const gi = groupIndex[b]![t]![h]!;
                    const on = gi === selected;
                    const y = out[b]![t]![h]!;
                    return (
                      <td
                        key={h}
                        data-testid={`norm-cell-${b}-${t}-${h}`}
                        data-on={on || undefined}
                        aria-label={s.cell(formatNumber(x, 4), formatNumber(y, 4), gi, on)}
                        onClick={() => onSelect(gi)}
                        className={`min-w-[3.6rem] cursor-pointer border px-1 py-0.5 text-right ${on ? 'border-2 border-accent-600 bg-accent-100 dark:border-accent-300 dark:bg-zinc-700' : 'border-zinc-200 dark:border-zinc-700'}`}
                      >
                        <span className={`flex justify-between gap-1 text-[0.65rem] ${on ? 'text-zinc-700 dark:text-zinc-200' : 'text-zinc-500 dark:text-zinc-400'}`} aria-hidden="true">
                          <span>{on ? '●' : ''}</span>
                          <span>g{gi + 1}</span>
                        </span>
                        <span className="block" aria-hidden="true">{formatNumber(x, 3)}</span>
                        <span className="block text-accent-700 dark:text-accent-300" aria-hidden="true">→{formatNumber(y, 3)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
