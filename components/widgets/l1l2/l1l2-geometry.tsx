'use client';

import { useMemo } from 'react';
import { curvature, l1Constrained, l2Constrained, quadLoss, ridgeShrink, softThreshold, type Vec2 } from '@/lib/math/regularization';
import { grid } from '@/lib/widgets/chart-scale';
import { formatNumber } from '@/lib/widgets/format-number';
import { DEFAULT_L1L2_PRESET, L1L2_PRESETS, L1L2_RULES, W_MAX, type L1L2State } from '@/lib/widgets/l1l2-state';
import { ui } from '@/lib/ui-text/zh';
import { LineChart } from '../shared/line-chart';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { ConstraintPlane } from './constraint-plane';

const s = ui.widgets.l1l2;
const f = (x: number) => formatNumber(x, 4);
const Z = grid(-3, 3, 120);

/** `<L1L2Geometry preset="round" />`: the L1 diamond and L2 disk against loss contours, and the 1-D solutions. */
export function L1L2Geometry(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<L1L2State>('l1l2', L1L2_RULES, L1L2_PRESETS, DEFAULT_L1L2_PRESET, props);
  const wStar: Vec2 = [state.wx, state.wy];
  const m = curvature(state.a1, state.a2, state.angle);
  const w1 = l1Constrained(wStar, m, state.budget);
  const w2 = l2Constrained(wStar, m, state.budget);
  const point = (w: Vec2) => s.point(f(w[0]), f(w[1]), f(quadLoss(w, wStar, m)));
  const { lambda, z } = state;
  const curves = useMemo(
    () => ({
      id: Z.map((v) => [v, v] as const),
      soft: Z.map((v) => [v, softThreshold(v, lambda)] as const),
      shrink: Z.map((v) => [v, ridgeShrink(v, lambda)] as const),
    }),
    [lambda],
  );
  const slider = (key: keyof L1L2State, label: string, min: number, max: number, step: number) => (
    <SliderField label={label} value={state[key]} min={min} max={max} step={step} onChange={(v) => update({ [key]: v })} testId={`l1l2-${key}`} />
  );

  return (
    <WidgetFrame testId="widget-l1l2-geometry" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-6">
        <section aria-label={s.geometry} className="space-y-4">
          <h4 className="font-medium">{s.geometry}</h4>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <ConstraintPlane state={state} m={m} w1={w1} w2={w2} title={s.chart(`(${f(w1[0])}, ${f(w1[1])})`, `(${f(w2[0])}, ${f(w2[1])})`)} />
            <div className="space-y-3">
              {slider('budget', s.budget, 0.1, W_MAX, 0.1)}
              {slider('wx', s.wx, -W_MAX, W_MAX, 0.1)}
              {slider('wy', s.wy, -W_MAX, W_MAX, 0.1)}
              {slider('a1', s.a1, 0.05, 20, 0.05)}
              {slider('a2', s.a2, 0.05, 20, 0.05)}
              {slider('angle', s.angle, -90, 90, 5)}
            </div>
          </div>
          <dl className="grid gap-3 sm:grid-cols-2">
            <div className="widget-readout">
              <dt>{s.l1}</dt>
              <dd data-testid="l1l2-l1" className="font-mono">{point(w1)}</dd>
              <dd className="text-xs">{w1[0] === 0 || w1[1] === 0 ? s.sparse : s.dense}</dd>
            </div>
            <div className="widget-readout">
              <dt>{s.l2}</dt>
              <dd data-testid="l1l2-l2" className="font-mono">{point(w2)}</dd>
              <dd className="text-xs">{w2[0] === 0 || w2[1] === 0 ? s.sparse : s.dense}</dd>
            </div>
          </dl>
        </section>
        <section aria-label={s.oneD} className="space-y-4">
          <h4 className="font-medium">{s.oneD}</h4>
          <div className="grid gap-4 sm:grid-cols-2">
            {slider('lambda', s.lambda, 0, 5, 0.1)}
            {slider('z', s.z, -W_MAX, W_MAX, 0.1)}
          </div>
          <LineChart
            title={s.shrinkChart(f(z), f(softThreshold(z, lambda)), f(ridgeShrink(z, lambda)))}
            xLabel={s.axisZ}
            yLabel={s.axisW}
            xDomain={[-3, 3]}
            yDomain={[-3, 3]}
            series={[
              { label: s.identity, points: curves.id, dash: 'dotted', tone: 2 },
              { label: s.soft, points: curves.soft, tone: 0 },
              { label: s.shrink, points: curves.shrink, dash: 'dashed', tone: 1 },
            ]}
            markers={[{ x: z, y: softThreshold(z, lambda), tone: 0 }, { x: z, y: ridgeShrink(z, lambda), tone: 1 }]}
            guideX={z}
            testId="l1l2-shrink-chart"
          />
          <p data-testid="l1l2-oned" className="font-mono">{s.oneDLine(f(softThreshold(z, lambda)), f(ridgeShrink(z, lambda)))}</p>
        </section>
      </div>
    </WidgetFrame>
  );
}
