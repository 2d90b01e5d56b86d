'use client';

import { useId, useMemo } from 'react';
import { DECAYS, learningRate, scheduleCurve, type Decay } from '@/lib/math/lr-schedule';
import { formatNumber, formatSignificant } from '@/lib/widgets/format-number';
import { DEFAULT_LR_PRESET, lrConsistent, LR_PRESETS, LR_RULES, LR_TOTAL_MAX, type LrState } from '@/lib/widgets/lr-state';
import { ui } from '@/lib/ui-text/zh';
import { LineChart } from '../shared/line-chart';
import { NumberField } from '../shared/number-field';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';

const s = ui.widgets.lr;
const fmt = (x: number) => formatSignificant(x, 4);

/** `<LrSchedule preset="noam" />`: warmup + cosine / linear / step / inverse-sqrt, and η at any step. */
export function LrSchedule(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<LrState>('lr', LR_RULES, LR_PRESETS, DEFAULT_LR_PRESET, props, lrConsistent);
  const decayId = useId();
  const curve = useMemo(() => scheduleCurve(state), [state]);
  const { lr, phase } = learningRate(state, state.t);
  const top = Math.max(...curve.map(([, y]) => y), lr);
  return (
    <WidgetFrame testId="widget-lr-schedule" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-5">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor={decayId} className="mb-1 block text-zinc-700 dark:text-zinc-300">{s.decay}</label>
            <select id={decayId} data-testid="lr-decay" value={state.decay} onChange={(e) => update({ decay: e.target.value as Decay })} className="widget-input w-full">
              {DECAYS.map((d) => (
                <option key={d} value={d}>{s.decays[d]}</option>
              ))}
            </select>
          </div>
          <NumberField label={s.peak} value={state.peak} onCommit={(v) => update({ peak: v })} rule={{ min: Math.max(1e-9, state.minLr), max: 10 }} testId="lr-peak" />
          <NumberField label={s.warmup} value={state.warmup} onCommit={(v) => update({ warmup: v })} rule={{ min: 0, max: state.total, integer: true }} testId="lr-warmup" />
          <NumberField label={s.total} value={state.total} onCommit={(v) => update({ total: v, t: Math.min(state.t, v) })} rule={{ min: Math.max(1, state.warmup), max: LR_TOTAL_MAX, integer: true }} testId="lr-total" />
          {(state.decay === 'cosine' || state.decay === 'linear') && <NumberField label={s.minLr} value={state.minLr} onCommit={(v) => update({ minLr: v })} rule={{ min: 0, max: state.peak }} testId="lr-min" />}
          {state.decay === 'step' && (
            <>
              <NumberField label={s.stepEvery} value={state.stepEvery} onCommit={(v) => update({ stepEvery: v })} rule={{ min: 1, max: LR_TOTAL_MAX, integer: true }} testId="lr-step-every" />
              <NumberField label={s.stepGamma} value={state.stepGamma} onCommit={(v) => update({ stepGamma: v })} rule={{ min: 0, max: 1 }} testId="lr-step-gamma" />
            </>
          )}
        </div>
        <SliderField label={s.t} value={state.t} min={0} max={state.total} step={1} integer onChange={(v) => update({ t: v })} valueText={`t = ${state.t}，η = ${fmt(lr)}`} testId="lr-t" />
        <LineChart
          title={s.chart(String(state.t), fmt(lr))}
          xLabel={s.axisStep}
          yLabel={s.axisLr}
          xDomain={[0, state.total]}
          yDomain={[0, top > 0 ? top * 1.05 : 1]}
          series={[{ label: s.curve, points: curve }]}
          markers={[{ x: state.t, y: lr, tone: 1 }]}
          guideX={state.t}
          testId="lr-chart"
        />
        <dl className="grid gap-3 sm:grid-cols-2">
          <div className="widget-readout">
            <dt>{s.at(String(state.t))}</dt>
            <dd data-testid="lr-value" className="font-mono text-base">η = {fmt(lr)}</dd>
            <dd className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="lr-phase">
              {s.phase[phase]}，{s.ofPeak(`${formatNumber((lr / state.peak) * 100, 2)}%`)}
            </dd>
          </div>
          <div className="widget-readout">
            <dt>{s.peakAt}</dt>
            <dd className="font-mono" data-testid="lr-peak-at">t = {state.warmup}，η_max = {fmt(state.peak)}</dd>
          </div>
        </dl>
      </div>
    </WidgetFrame>
  );
}
