import type { DecodingStep } from '@/lib/math/decoding';
import { TOKENS_MIN, type DecodingState } from '@/lib/widgets/decoding-state';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { ReadoutTable } from '../shared/readout-table';

const s = ui.widgets.decoding;
const p4 = (x: number) => formatNumber(x, 4, false);

interface Props {
  state: DecodingState;
  step: DecodingStep;
  counts: number[] | null;
  onLogit: (i: number, v: number) => void;
  onSeen: (i: number, v: boolean) => void;
  onRemove: (i: number) => void;
}

/** One row per candidate token: logit, penalty, tempered probability, its fate and the final probability. */
export function DecodingTable({ state, step, counts, onLogit, onSeen, onRemove }: Props) {
  const total = counts?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <ReadoutTable
      caption={s.table}
      className="min-w-[21rem] text-right"
      columns={[
        { label: s.token, className: 'py-1 text-left' },
        { label: 'logit', className: 'px-1 py-1' },
        { label: s.seen, className: 'px-1 py-1' },
        { label: s.penalized, className: 'hidden px-1 py-1 sm:table-cell' },
        { label: s.tempered, className: 'hidden px-1 py-1 sm:table-cell' },
        { label: s.final, className: 'w-[35%] px-1 py-1 text-left' },
        counts && { label: s.frequency, className: 'px-1 py-1' },
        { label: s.remove(''), className: 'sr-only' },
      ]}
    >
      {state.tokens.map((t, i) => {
        const fate = step.fate[i]!;
        return (
          <tr key={t} className={`border-t border-zinc-100 dark:border-zinc-800 ${fate === 'kept' ? '' : 'text-zinc-500 dark:text-zinc-400'}`}>
            <th scope="row" className="py-1 text-left font-semibold">{t}</th>
            <td className="px-1 py-1">
              <NumberField label={s.logit(t)} hideLabel value={state.logits[i]!} onCommit={(v) => onLogit(i, v)} className="ml-auto w-16" testId={`decoding-logit-${i}`} />
            </td>
            <td className="px-1 py-1 text-center">
              <input type="checkbox" aria-label={s.seenOf(t)} checked={state.seen[i]!} onChange={(e) => onSeen(i, e.target.checked)} />
            </td>
            <td className="hidden px-1 py-1 font-mono sm:table-cell">{formatNumber(step.penalized[i]!, 3)}</td>
            <td className="hidden px-1 py-1 font-mono sm:table-cell">{p4(step.tempered[i]!)}</td>
            <td className="px-1 py-1 text-left">
              <div className="flex items-center gap-1.5">
                <div className="h-3 min-w-8 flex-1 rounded-sm bg-zinc-100 dark:bg-zinc-800">
                  <div className="h-full rounded-sm bg-accent-600 dark:bg-accent-400" style={{ width: `${step.final[i]! * 100}%` }} />
                </div>
                <output data-testid={`decoding-p-${i}`} className="w-14 text-right font-mono">{p4(step.final[i]!)}</output>
              </div>
              {fate !== 'kept' && <span className="text-xs" data-testid={`decoding-fate-${i}`}>✗ {s.fate[fate]}</span>}
            </td>
            {counts && (
              <td className="px-1 py-1 font-mono" data-testid={`decoding-freq-${i}`}>
                {p4(total ? counts[i]! / total : 0)}
              </td>
            )}
            <td className="py-1 pl-1">
              <button type="button" className="widget-icon-button" aria-label={s.remove(t)} disabled={state.tokens.length <= TOKENS_MIN} onClick={() => onRemove(i)}>×</button>
            </td>
          </tr>
        );
      })}
    </ReadoutTable>
  );
}
