'use client';

import { useMemo } from 'react';
import { batchShares, focalGradLogit, focalLoss } from '@/lib/math/focal-loss';
import { grid } from '@/lib/widgets/chart-scale';
import { DEFAULT_FOCAL_PRESET, FOCAL_PRESETS, FOCAL_RULES, groupAlphas, type FocalState } from '@/lib/widgets/focal-state';
import { formatNumber, formatPrecision } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { LineChart } from '../shared/line-chart';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { FocalBatch } from './focal-batch';

const s = ui.widgets.focal;
const f = (x: number) => formatPrecision(x, 4);
const P = grid(0.005, 1, 199);

/** `<FocalLoss preset="paper" />`: loss and logit gradient vs p_t for γ and α, and a batch's loss split. */
export function FocalLoss(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<FocalState>('focal', FOCAL_RULES, FOCAL_PRESETS, DEFAULT_FOCAL_PRESET, props);
  const { gamma, pt } = state;
  // The probe is a positive example: α_t = α (or 1 with α off).
  const a = groupAlphas(state)[0];
  const curves = useMemo(
    () => ({
      ce: P.map((p) => [p, focalLoss(p, 0)] as const),
      fl: P.map((p) => [p, focalLoss(p, gamma, a)] as const),
      gce: P.map((p) => [p, -focalGradLogit(p, 0)] as const),
      gfl: P.map((p) => [p, -focalGradLogit(p, gamma, a)] as const),
    }),
    [gamma, a],
  );
  const ce = focalLoss(pt, 0);
  const fl = focalLoss(pt, gamma, a);
  const gce = -focalGradLogit(pt, 0);
  const gfl = -focalGradLogit(pt, gamma, a);
  const [ah, ae] = groupAlphas(state);
  const groups = [
    { count: state.hardCount, pt: state.hardPt },
    { count: state.easyCount, pt: state.easyPt },
  ];
  const ceBatch = batchShares(groups.map((g) => ({ ...g, alpha: 1 })), 0);
  const flBatch = batchShares([{ ...groups[0]!, alpha: ah }, { ...groups[1]!, alpha: ae }], gamma);
  // Loss and gradient are drawn alike: CE dashed and FL solid, each marked at the probe p_t.
  const charts = [
    { title: s.lossChart(f(pt), f(ce), f(fl)), yLabel: s.axisLoss, yMax: 5, ce: curves.ce, fl: curves.fl, ceAt: ce, flAt: fl, testId: 'focal-loss-chart' },
    { title: s.gradChart(f(pt), f(gce), f(gfl)), yLabel: s.axisGrad, yMax: 1.6, ce: curves.gce, fl: curves.gfl, ceAt: gce, flAt: gfl, testId: 'focal-grad-chart' },
  ];

  return (
    <WidgetFrame testId="widget-focal-loss" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <SliderField label={s.gamma} value={gamma} min={0} max={10} step={0.5} onChange={(v) => update({ gamma: v })} valueText={`γ = ${formatNumber(gamma, 4)}`} testId="focal-gamma" />
          <SliderField label={s.pt} value={pt} min={0.0001} max={1} step={0.01} onChange={(v) => update({ pt: v })} valueText={`p_t = ${formatNumber(pt, 4)}`} testId="focal-pt" />
          <div className="sm:col-span-2">
            <label className="mb-2 flex items-center gap-2">
              <input type="checkbox" checked={state.useAlpha} onChange={(e) => update({ useAlpha: e.target.checked })} data-testid="focal-use-alpha" />
              {s.useAlpha}
            </label>
            {state.useAlpha && <SliderField label={s.alpha} value={state.alpha} min={0} max={1} step={0.05} onChange={(v) => update({ alpha: v })} valueText={`α = ${formatNumber(state.alpha, 4)}`} testId="focal-alpha" />}
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {charts.map((c) => (
            <LineChart
              key={c.testId}
              title={c.title}
              xLabel={s.axisPt}
              yLabel={c.yLabel}
              xDomain={[0, 1]}
              yDomain={[0, c.yMax]}
              series={[
                { label: s.ce, points: c.ce, dash: 'dashed', tone: 2 },
                { label: s.fl, points: c.fl, tone: 0 },
              ]}
              markers={[{ x: pt, y: c.ceAt, tone: 2 }, { x: pt, y: c.flAt, tone: 0 }]}
              guideX={pt}
              testId={c.testId}
            />
          ))}
        </div>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="widget-readout">
            <dt>{s.readLoss}</dt>
            <dd data-testid="focal-loss" className="font-mono">{s.lossLine(f(ce), f(fl))}</dd>
          </div>
          <div className="widget-readout">
            <dt>{s.readRatio}</dt>
            <dd data-testid="focal-ratio" className="font-mono">{s.ratioLine(f(a * (gamma === 0 ? 1 : (1 - pt) ** gamma)))}</dd>
          </div>
          <div className="widget-readout">
            <dt>{s.readGrad}</dt>
            <dd data-testid="focal-grad" className="font-mono">{s.lossLine(f(gce), f(gfl))}</dd>
          </div>
        </dl>
        <FocalBatch state={state} update={update} ce={ceBatch} fl={flBatch} />
      </div>
    </WidgetFrame>
  );
}
