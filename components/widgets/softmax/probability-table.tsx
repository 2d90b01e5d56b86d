import { formatNumber } from '@/lib/widgets/format-number';
import { CLASSES_MAX, CLASSES_MIN } from '@/lib/widgets/softmax-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { ReadoutTable } from '../shared/readout-table';

const s = ui.widgets.softmax;
// z/T can exceed the double range (1e308 / 0.01) although the probabilities, computed from gaps, are exact.
const scaledText = (x: number) => (x === Infinity ? '> 1.8e308' : x === -Infinity ? '< −1.8e308' : formatNumber(x, 3));

interface Props {
  names: string[];
  logits: number[];
  t: number;
  probs: number[];
  /** Sample counts per class, when the sampling demo has run. */
  counts: number[] | null;
  onName: (i: number, name: string) => void;
  onLogit: (i: number, v: number) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}

/** One row per class: editable name and logit, z/T, probability as number and bar (and sample frequency). */
export function ProbabilityTable({ names, logits, t, probs, counts, onName, onLogit, onAdd, onRemove }: Props) {
  const total = counts?.reduce((a, b) => a + b, 0) ?? 0;
  const uniform = 100 / probs.length;
  return (
    <ReadoutTable
      caption={s.table}
      className="min-w-[18rem]"
      columns={[
        { label: s.classHeader, className: 'py-1 pr-2 text-left' },
        { label: 'logit', className: 'px-2 py-1 text-left' },
        { label: s.scaled, className: 'hidden px-2 py-1 text-right sm:table-cell' },
        { label: s.probability, className: 'w-[45%] min-w-[7rem] px-2 py-1 text-left' },
        counts && { label: s.frequency, className: 'px-2 py-1 text-right' },
        { label: s.removeClass(''), className: 'sr-only' },
      ]}
      footer={
        <p className="mt-2 flex flex-wrap items-center gap-3 text-xs text-zinc-500 dark:text-zinc-400">
          <button type="button" className="widget-button" disabled={names.length >= CLASSES_MAX} onClick={onAdd}>
            + {s.addClass}
          </button>
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-3 border-l-2 border-dashed border-zinc-500 align-middle" />
            {s.uniformMark}
          </span>
        </p>
      }
    >
      {names.map((name, i) => (
        <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
          <th scope="row" className="py-1 pr-1 font-normal sm:pr-2">
            <input aria-label={s.className(i)} value={name} maxLength={16} onChange={(e) => onName(i, e.target.value)} className="widget-input w-14 sm:w-24" />
          </th>
          <td className="px-1 py-1 sm:px-2">
            <NumberField label={s.logit(name)} hideLabel value={logits[i]!} onCommit={(v) => onLogit(i, v)} className="w-[4.5rem] sm:w-24" testId={`softmax-logit-${i}`} />
          </td>
          <td className="hidden px-2 py-1 text-right font-mono text-xs sm:table-cell">{scaledText(logits[i]! / t)}</td>
          <td className="px-1 py-1 sm:px-2">
            <div className="flex items-center gap-1.5 sm:gap-2">
              <div className="relative h-4 min-w-10 flex-1 rounded-sm bg-zinc-100 dark:bg-zinc-800">
                <div className="h-full rounded-sm bg-accent-600 dark:bg-accent-400" style={{ width: `${probs[i]! * 100}%` }} />
                {counts && total > 0 && <div aria-hidden="true" className="absolute bottom-0 left-0 h-1 bg-amber-500" style={{ width: `${(counts[i]! / total) * 100}%` }} />}
                <div aria-hidden="true" title={s.uniformMark} className="absolute inset-y-[-2px] border-l-2 border-dashed border-zinc-500" style={{ left: `${uniform}%` }} />
              </div>
              <output data-testid={`softmax-p-${i}`} className="w-14 text-right font-mono sm:w-20">
                {formatNumber(probs[i]!, 4, false)}
              </output>
            </div>
          </td>
          {counts && (
            <td className="px-2 py-1 text-right font-mono" data-testid={`softmax-freq-${i}`}>
              {formatNumber(total ? counts[i]! / total : 0, 4, false)}
              <span className="block text-[0.7rem] text-zinc-500 dark:text-zinc-400">{counts[i]}</span>
            </td>
          )}
          <td className="py-1 pl-1">
            <button type="button" className="widget-icon-button" aria-label={s.removeClass(name)} disabled={names.length <= CLASSES_MIN} onClick={() => onRemove(i)}>
              ×
            </button>
          </td>
        </tr>
      ))}
    </ReadoutTable>
  );
}
