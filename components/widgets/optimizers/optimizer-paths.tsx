'use client';

import { useId, useMemo } from 'react';
import { OPTIMIZERS, SURFACES, surfaces, trajectory, type SurfaceName, type Vec2 } from '@/lib/math/optimizers';
import { formatNumber } from '@/lib/widgets/format-number';
import { DEFAULT_OPTIMIZER_PRESET, OPTIMIZER_PRESETS, OPTIMIZER_RULES, STEPS_MAX, type OptimizerState } from '@/lib/widgets/optimizer-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { ReadoutTable } from '../shared/readout-table';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { PathsChart } from './paths-chart';

const s = ui.widgets.optimizers;
const f = (x: number) => formatNumber(x, 4);

/** `<OptimizerPaths preset="rosenbrock" />`: five optimisers' trajectories on a 2-D surface, step by step. */
export function OptimizerPaths(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<OptimizerState>('optim', OPTIMIZER_RULES, OPTIMIZER_PRESETS, DEFAULT_OPTIMIZER_PRESET, props);
  const surfaceId = useId();
  const surface = surfaces[state.surface];
  const { x0, y0, lr, lrAdam, momentum, beta1, beta2, weightDecay } = state;
  const runs = useMemo(
    () => OPTIMIZERS.map((name) => trajectory(name, surface, [x0, y0], { lr, lrAdam, momentum, beta1, beta2, weightDecay }, STEPS_MAX)),
    [surface, x0, y0, lr, lrAdam, momentum, beta1, beta2, weightDecay],
  );
  const step = state.step;
  // A diverged run stays at its last finite iterate.
  const at = (i: number): Vec2 => runs[i]!.points[Math.min(step, runs[i]!.points.length - 1)]!;
  const shown = OPTIMIZERS.map((_, i) => i).filter((i) => state.show[i]);
  const num = (key: 'lr' | 'lrAdam' | 'momentum' | 'beta1' | 'beta2' | 'weightDecay' | 'x0' | 'y0', max: number, min = 0) => (
    <NumberField label={s[key]} value={state[key]} onCommit={(v) => update({ [key]: v })} rule={{ min, max }} testId={`optim-${key}`} />
  );

  return (
    <WidgetFrame testId="widget-optimizer-paths" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-5">
        <div>
          <label htmlFor={surfaceId} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.surface}</label>
          <select id={surfaceId} data-testid="optim-surface" value={state.surface} onChange={(e) => update({ surface: e.target.value as SurfaceName })} className="widget-input w-full sm:w-auto">
            {SURFACES.map((n) => (
              <option key={n} value={n}>{s.surfaces[n]}</option>
            ))}
          </select>
        </div>
        <PathsChart
          surface={state.surface}
          runs={runs}
          shown={shown}
          step={step}
          title={s.chart(step, shown.map((i) => s.where(s.names[OPTIMIZERS[i]!]!, f(at(i)[0]), f(at(i)[1]))).join('；'))}
        />
        <div className="flex items-end gap-2">
          <button type="button" className="widget-button" disabled={step <= 0} onClick={() => update({ step: step - 1 })}>{s.prev}</button>
          <button type="button" className="widget-button" disabled={step >= STEPS_MAX} onClick={() => update({ step: step + 1 })}>{s.next}</button>
          <div className="min-w-0 flex-1">
            <SliderField label={s.step} value={step} min={0} max={STEPS_MAX} step={1} integer onChange={(v) => update({ step: v })} valueText={`第 ${step} 步`} testId="optim-step" />
          </div>
        </div>
        <ReadoutTable
          caption={s.table}
          className="min-w-[20rem] text-right"
          columns={[
            { label: s.optimizer, className: 'py-1 text-left' },
            { label: s.position, className: 'px-1 py-1' },
            { label: s.loss, className: 'px-1 py-1' },
            { label: s.status, className: 'px-1 py-1 text-left' },
          ]}
        >
          {OPTIMIZERS.map((name, i) => {
            const w = at(i);
            const div = runs[i]!.divergedAt;
            return (
              <tr key={name} className="border-t border-zinc-100 dark:border-zinc-800" data-testid={`optim-row-${name}`}>
                <th scope="row" className="py-1 text-left font-normal">
                  <label className="flex items-center gap-1.5">
                    <input type="checkbox" checked={state.show[i]} aria-label={s.showOf(s.names[name]!)} onChange={(e) => update({ show: state.show.map((b, j) => (j === i ? e.target.checked : b)) })} />
                    <span className="font-mono text-xs">{name[0]!.toUpperCase()}{name === 'adamw' ? 'W' : ''}</span> {s.names[name]}
                  </label>
                </th>
                <td className="px-1 py-1 font-mono" data-testid={`optim-pos-${name}`}>({f(w[0])}, {f(w[1])})</td>
                <td className="px-1 py-1 font-mono">{f(surface.f(w[0], w[1]))}</td>
                <td className="px-1 py-1 text-left text-xs">{div !== null && step >= div ? s.diverged(div) : s.running}</td>
              </tr>
            );
          })}
        </ReadoutTable>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {num('lr', 10)}
          {num('momentum', 0.9999)}
          {num('lrAdam', 10)}
          {num('weightDecay', 10)}
          {num('beta1', 0.9999)}
          {num('beta2', 0.9999)}
          {num('x0', 10, -10)}
          {num('y0', 10, -10)}
        </div>
      </div>
    </WidgetFrame>
  );
}
