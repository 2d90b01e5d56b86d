import { useId, useState } from 'react';
import { inputMessage } from '@/lib/widgets/input-message';
import { parseScoreCsv } from '@/lib/widgets/parse-csv';
import { ROC_LIMITS } from '@/lib/widgets/roc-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';

const r = ui.widgets.roc;

interface Props {
  rows: [number, 0 | 1][];
  onChange: (rows: [number, 0 | 1][]) => void;
}

/** Editable (score, label) rows, plus a box to paste CSV. */
export function RocDataTable({ rows, onChange }: Props) {
  const id = useId();
  const [csv, setCsv] = useState('');
  const [csvStatus, setCsvStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (i: number, row: [number, 0 | 1]) => onChange(rows.map((x, j) => (j === i ? row : x)));
  const importCsv = () => {
    const p = parseScoreCsv(csv, ROC_LIMITS.tableRows);
    if (p.ok) {
      onChange(p.value.map((d) => [d.score, d.label]));
      setCsvStatus({ ok: true, text: r.imported(p.value.length) });
    } else setCsvStatus({ ok: false, text: p.error.code === 'too-many' ? r.tooManyRows(ROC_LIMITS.tableRows) : `${inputMessage(p.error)}，${ui.widgets.common.keptLast}` });
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <div className="widget-scroll max-h-72 overflow-y-auto rounded-md border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse">
            <thead className="sticky top-0 bg-zinc-50 text-xs text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-medium">#</th>
                <th scope="col" className="px-2 py-1 text-left font-medium">{r.score}</th>
                <th scope="col" className="px-2 py-1 text-left font-medium">{r.label}</th>
                <th scope="col" className="sr-only">{r.removeRow(0)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([score, label], i) => (
                <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
                  <td className="px-2 text-xs text-zinc-500">{i + 1}</td>
                  <td className="px-2 py-0.5">
                    <NumberField label={r.rowScore(i)} hideLabel value={score} onCommit={(v) => set(i, [v, label])} className="w-28" testId={`roc-score-${i}`} />
                  </td>
                  <td className="px-2 py-0.5">
                    <select aria-label={r.rowLabel(i)} value={label} onChange={(e) => set(i, [score, e.target.value === '1' ? 1 : 0])} className="widget-input py-0.5">
                      <option value={1}>{r.labelPos}</option>
                      <option value={0}>{r.labelNeg}</option>
                    </select>
                  </td>
                  <td>
                    <button type="button" className="widget-icon-button" aria-label={r.removeRow(i)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="button" className="widget-button mt-2" disabled={rows.length >= ROC_LIMITS.tableRows} onClick={() => onChange([...rows, [0.5, 1]])}>
          + {r.addRow}
        </button>
      </div>
      <div>
        <label htmlFor={id} className="mb-1 block text-zinc-700 dark:text-zinc-300">
          {r.csv}
        </label>
        <textarea id={id} data-testid="roc-csv" rows={6} value={csv} spellCheck={false} onChange={(e) => setCsv(e.target.value)} placeholder={'score,label\n0.9,1\n0.3,0'} className="widget-input w-full font-mono text-xs" />
        <button type="button" className="widget-button mt-1" onClick={importCsv}>
          {r.importCsv}
        </button>
        {csvStatus && (
          <p role={csvStatus.ok ? 'status' : 'alert'} className={`mt-1 text-xs ${csvStatus.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}>
            <span aria-hidden="true">{csvStatus.ok ? '✓ ' : '✗ '}</span>
            {csvStatus.text}
          </p>
        )}
      </div>
    </div>
  );
}
