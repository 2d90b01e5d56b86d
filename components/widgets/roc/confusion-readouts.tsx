import type { Confusion, Metrics } from '@/lib/math/roc';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

const r = ui.widgets.roc;
const METRIC_KEYS = ['tpr', 'fpr', 'precision', 'recall', 'f1', 'accuracy'] as const;

/** The 2×2 confusion matrix (labelled cells, not colours) and the rates read off it. */
export function ConfusionReadouts({ c, m }: { c: Confusion; m: Metrics }) {
  const cell = (label: string, value: number, good: boolean, testId: string) => (
    <td data-testid={testId} className={`border border-zinc-200 px-3 py-2 text-center dark:border-zinc-700 ${good ? 'bg-emerald-50 dark:bg-emerald-950/40' : 'bg-rose-50 dark:bg-rose-950/30'}`}>
      <span className="block text-[0.7rem] text-zinc-700 dark:text-zinc-300">{label}</span>
      <span className="font-mono text-base">{value}</span>
    </td>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
      <table className="border-collapse text-sm">
        <caption className="mb-1 text-left text-xs font-medium text-zinc-600 dark:text-zinc-400">{r.confusion}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" className="px-2 pb-1 text-xs font-normal text-zinc-600 dark:text-zinc-400">{r.predPos}</th>
            <th scope="col" className="px-2 pb-1 text-xs font-normal text-zinc-600 dark:text-zinc-400">{r.predNeg}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="pr-2 text-right text-xs font-normal text-zinc-600 dark:text-zinc-400">{r.actualPos}</th>
            {cell('TP', c.tp, true, 'roc-tp')}
            {cell('FN', c.fn, false, 'roc-fn')}
          </tr>
          <tr>
            <th scope="row" className="pr-2 text-right text-xs font-normal text-zinc-600 dark:text-zinc-400">{r.actualNeg}</th>
            {cell('FP', c.fp, false, 'roc-fp')}
            {cell('TN', c.tn, true, 'roc-tn')}
          </tr>
        </tbody>
      </table>
      <dl className="grid grid-cols-2 gap-2 self-start sm:grid-cols-3">
        {METRIC_KEYS.map((k) => (
          <div key={k} className="widget-readout">
            <dt>{r.metrics[k]}</dt>
            <dd data-testid={`roc-${k}`} className="font-mono" title={m[k] === null ? r.undefinedRate : undefined}>
              {m[k] === null ? '—' : formatNumber(m[k], 4, false)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
