import type { BatchShare } from '@/lib/math/focal-loss';
import type { FocalState } from '@/lib/widgets/focal-state';
import { formatNumber, formatPrecision } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { ReadoutTable } from '../shared/readout-table';

const s = ui.widgets.focal;
const pct = (x: number) => `${formatNumber(x * 100, 2)}%`;

interface Props {
  state: FocalState;
  update: (patch: Partial<FocalState>) => void;
  ce: BatchShare;
  fl: BatchShare;
}

/** Two groups of examples and each one's share of the batch loss under CE and under FL. */
export function FocalBatch({ state, update, ce, fl }: Props) {
  const rows = [
    { name: s.hard, count: 'hardCount', pt: 'hardPt', id: 'hard' },
    { name: s.easy, count: 'easyCount', pt: 'easyPt', id: 'easy' },
  ] as const;
  return (
    <fieldset className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="px-1 font-medium">{s.batch}</legend>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">{s.batchHint}</p>
      <ReadoutTable
        caption={s.batchTable}
        className="min-w-[20rem] text-right"
        columns={[
          { label: s.group, className: 'py-1 text-left' },
          { label: s.countHeader, className: 'px-1 py-1' },
          { label: s.ptHeader, className: 'px-1 py-1' },
          { label: s.ceTotal, className: 'px-1 py-1' },
          { label: s.flTotal, className: 'px-1 py-1' },
        ]}
      >
        {rows.map((r, i) => (
          <tr key={r.id} className="border-t border-zinc-100 dark:border-zinc-800">
            <th scope="row" className="py-1 text-left font-normal">{r.name}</th>
            <td className="px-1 py-1">
              <NumberField label={s.count(r.name)} hideLabel value={state[r.count]} onCommit={(v) => update({ [r.count]: v })} rule={{ min: 0, max: 1_000_000, integer: true }} className="ml-auto w-20" testId={`focal-${r.id}-count`} />
            </td>
            <td className="px-1 py-1">
              <NumberField label={s.groupPt(r.name)} hideLabel value={state[r.pt]} onCommit={(v) => update({ [r.pt]: v })} rule={{ min: 0.0001, max: 1 }} className="ml-auto w-20" testId={`focal-${r.id}-pt`} />
            </td>
            <td className="px-1 py-1 font-mono" data-testid={`focal-${r.id}-ce`}>
              {formatPrecision(ce.totals[i]!)}
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">{pct(ce.shares[i]!)}</span>
            </td>
            <td className="px-1 py-1 font-mono" data-testid={`focal-${r.id}-fl`}>
              {formatPrecision(fl.totals[i]!)}
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">{pct(fl.shares[i]!)}</span>
            </td>
          </tr>
        ))}
      </ReadoutTable>
      <p className="mt-2 font-medium" data-testid="focal-hard-share" aria-live="polite">
        {s.hardShare(pct(ce.shares[0]!), pct(fl.shares[0]!))}
      </p>
    </fieldset>
  );
}
