'use client';

import { useId, useMemo } from 'react';
import { normalize, NORMS, toTensor, type Norm } from '@/lib/math/normalization';
import { formatNumber } from '@/lib/widgets/format-number';
import { B_MAX, DEFAULT_NORM_PRESET, divisors, H_MAX, normConsistent, NORM_PRESETS, NORM_RULES, ROWS_MAX, type NormState } from '@/lib/widgets/norm-state';
import { formatMatrix, parseMatrix } from '@/lib/widgets/parse-input';
import { ui } from '@/lib/ui-text/zh';
import { FieldError } from '../shared/field-error';
import { NumberField } from '../shared/number-field';
import { useDraft } from '../shared/use-draft';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { NormTensor } from './norm-tensor';

const s = ui.widgets.norm;
const f = (x: number) => formatNumber(x, 4);

/** `<NormAxes preset="shape-ln" />`: which axes each normalisation reduces over, with statistics and outputs. */
export function NormAxes(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<NormState>('norm', NORM_RULES, NORM_PRESETS, DEFAULT_NORM_PRESET, props, normConsistent);
  const { rows, batch, norm } = state;
  const H = rows[0]!.length;
  const r = useMemo(() => normalize(toTensor(rows, batch), norm, state.groups, state.eps), [rows, batch, norm, state.groups, state.eps]);
  const selected = Math.min(state.selected, r.groups.length - 1);
  const g = r.groups[selected]!;
  const ids = { method: useId(), batch: useId(), groups: useId(), selected: useId(), data: useId() };
  const data = useDraft(rows, formatMatrix, (t) => parseMatrix(t, { maxRows: ROWS_MAX, maxCols: H_MAX }), (m) => {
    // Keep B if it still divides the row count, else the largest batch size that does; G likewise for H.
    const b = divisors(m.length, B_MAX).filter((d) => d <= batch).at(-1) ?? 1;
    const gs = divisors(m[0]!.length).filter((d) => d <= state.groups).at(-1) ?? 1;
    update({ rows: m, batch: b, groups: gs });
  });
  const label = (k: number[]) => s.groupName[norm](k);

  return (
    <WidgetFrame testId="widget-norm-axes" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-5">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor={ids.method} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.method}</label>
            <select id={ids.method} data-testid="norm-method" value={norm} onChange={(e) => update({ norm: e.target.value as Norm, selected: 0 })} className="widget-input w-full">
              {NORMS.map((n) => (
                <option key={n} value={n}>{s.methods[n]}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.batch} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.batch}</label>
            <select id={ids.batch} data-testid="norm-batch" value={batch} onChange={(e) => update({ batch: Number(e.target.value), selected: 0 })} className="widget-input w-full">
              {divisors(rows.length, B_MAX).map((d) => (
                <option key={d} value={d}>{d}</option>
              ))}
            </select>
          </div>
          {norm === 'gn' && (
            <div>
              <label htmlFor={ids.groups} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.groups}</label>
              <select id={ids.groups} data-testid="norm-groups" value={state.groups} onChange={(e) => update({ groups: Number(e.target.value), selected: 0 })} className="widget-input w-full">
                {divisors(H).map((d) => (
                  <option key={d} value={d}>{d}</option>
                ))}
              </select>
            </div>
          )}
          <NumberField label={s.eps} value={state.eps} onCommit={(v) => update({ eps: v })} rule={{ min: 0, max: 1 }} testId="norm-eps" />
        </div>
        <div>
          <label htmlFor={ids.data} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.data}</label>
          <textarea id={ids.data} data-testid="norm-data" rows={Math.min(8, rows.length + 1)} value={data.draft} spellCheck={false} aria-invalid={data.error ? true : undefined} aria-describedby={data.error ? `${ids.data}-err` : undefined} onChange={(e) => data.change(e.target.value)} className="widget-input w-full font-mono" />
          <FieldError id={`${ids.data}-err`} error={data.error} />
        </div>
        <p className="font-medium" data-testid="norm-shape">
          {s.shape(batch, rows.length / batch, H)}，{s.groupCount(r.groups.length, g.size)}
        </p>
        <div>
          <label htmlFor={ids.selected} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.selected}</label>
          <select id={ids.selected} data-testid="norm-selected" value={selected} onChange={(e) => update({ selected: Number(e.target.value) })} className="widget-input w-full sm:w-auto">
            {r.groups.map((gr, i) => (
              <option key={i} value={i}>{`${i + 1}. ${label(gr.key)}`}</option>
            ))}
          </select>
        </div>
        <NormTensor batch={batch} rows={rows} out={r.out} groupIndex={r.groupIndex} selected={selected} onSelect={(i) => update({ selected: i })} />
        <dl className="widget-readout">
          <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{`${s.stats}（${label(g.key)}）`}</dt>
          <dd data-testid="norm-stats" className="font-mono">
            {norm === 'rms' ? s.rmsLine(f(g.rms)) : s.statsLine(f(g.mean), f(g.variance))}，{s.divisor(f(g.scale))}
          </dd>
          {g.scale === 0 && <dd className="text-xs text-amber-800 dark:text-amber-200">{s.zeroDivisor}</dd>}
        </dl>
      </div>
    </WidgetFrame>
  );
}
