'use client';

import { useMemo } from 'react';
import { frequency, interpolate, ropeScore, sinusoid, sinusoidDot } from '@/lib/math/positional';
import { grid } from '@/lib/widgets/chart-scale';
import { formatNumber } from '@/lib/widgets/format-number';
import { D_MAX, DEFAULT_ROPE_PRESET, POS_MAX, ropeConsistent, ROPE_PRESETS, ROPE_RULES, type RopeState } from '@/lib/widgets/rope-state';
import { ui } from '@/lib/ui-text/zh';
import { LineChart } from '../shared/line-chart';
import { NumberField } from '../shared/number-field';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { PeMatrix } from './pe-matrix';
import { RotationDial } from './rotation-dial';

const s = ui.widgets.rope;
const f = (x: number) => formatNumber(x, 6);

/** `<RopePositional preset="note-rope" />`: sinusoid matrix, offset-only dot products, RoPE rotation, position interpolation. */
export function RopePositional(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<RopeState>('rope', ROPE_RULES, ROPE_PRESETS, DEFAULT_ROPE_PRESET, props, ropeConsistent);
  const { d, base, m, n, pair, trainLen, targetLen } = state;
  const theta = frequency(pair, d, base);
  const offset = n - m;
  const peN = sinusoid(n, d, base);
  const direct = sinusoid(m, d, base).reduce((a, x, i) => a + x * peN[i]!, 0);
  const span = Math.max(50, Math.min(1000, 2 * Math.abs(offset)));
  const dotCurve = useMemo(() => grid(0, span, 300).map((o) => [o, sinusoidDot(o, d, base)] as const), [span, d, base]);
  const top = Math.max(trainLen, targetLen);
  const angles = useMemo(
    () => ({
      raw: grid(0, top, 100).map((p) => [p, p * theta] as const),
      scaled: grid(0, top, 100).map((p) => [p, interpolate(p, trainLen, targetLen) * theta] as const),
      seen: [[0, trainLen * theta], [top, trainLen * theta]] as const,
    }),
    [top, theta, trainLen, targetLen],
  );
  const q: [number, number] = [state.q0, state.q1];
  const k: [number, number] = [state.k0, state.k1];
  const probe = Math.min(m, top);
  const rawAngle = probe * theta;
  const scaledAngle = interpolate(probe, trainLen, targetLen) * theta;
  const pos = (key: 'm' | 'n') => <NumberField label={s[key]} value={state[key]} onCommit={(v) => update({ [key]: v })} rule={{ min: 0, max: POS_MAX, integer: true }} testId={`rope-${key}`} />;
  const comp = (key: 'q0' | 'q1' | 'k0' | 'k1') => <NumberField label={s[key]} value={state[key]} onCommit={(v) => update({ [key]: v })} rule={{ min: -100, max: 100 }} testId={`rope-${key}`} />;

  return (
    <WidgetFrame testId="widget-rope-positional" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-6">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {pos('m')}
          {pos('n')}
          <NumberField label={s.base} value={base} onCommit={(v) => update({ base: v })} rule={{ min: 2, max: 1e7 }} testId="rope-base" />
          <NumberField label={s.d} value={d} onCommit={(v) => update({ d: v + (v % 2), pair: Math.min(pair, (v + (v % 2)) / 2 - 1) })} rule={{ min: 2, max: D_MAX, integer: true }} testId="rope-d" />
        </div>
        <section aria-label={s.matrix} className="space-y-2">
          <h4 className="font-medium">{s.matrix}</h4>
          <PeMatrix d={d} base={base} m={m} n={n} pair={pair} />
        </section>
        <section aria-label={s.dot} className="space-y-2">
          <h4 className="font-medium">{s.dot}</h4>
          <LineChart title={s.dotChart(String(Math.abs(offset)), f(sinusoidDot(offset, d, base)))} xLabel={s.axisOffset} yLabel={s.axisDot} xDomain={[0, span]} yDomain={[-d / 2, d / 2]} series={[{ label: s.dotSeries, points: dotCurve }]} markers={[{ x: Math.abs(offset), y: sinusoidDot(offset, d, base), tone: 1 }]} guideX={Math.abs(offset)} testId="rope-dot-chart" />
          <p data-testid="rope-dot" className="break-words font-mono text-xs">{s.dotLine(m, n, f(direct), f(sinusoidDot(offset, d, base)))}</p>
        </section>
        <section aria-label={s.rope} className="space-y-3">
          <h4 className="font-medium">{s.rope}</h4>
          <SliderField label={s.pair} value={pair} min={0} max={d / 2 - 1} step={1} integer onChange={(v) => update({ pair: v })} valueText={`k = ${pair}，${s.theta(pair, formatNumber(theta, 6))}`} testId="rope-pair" />
          <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_1fr]">
            <RotationDial q={q} k={k} qAngle={m * theta} kAngle={n * theta} title={s.ropeChart(formatNumber(m * theta, 4), formatNumber(n * theta, 4))} />
            <div className="grid grid-cols-2 content-start gap-3">
              {comp('q0')}
              {comp('q1')}
              {comp('k0')}
              {comp('k1')}
              <p className="col-span-2 font-mono text-xs">{s.theta(pair, formatNumber(theta, 6))}</p>
              <p data-testid="rope-score" className="col-span-2 font-mono">{s.score(f(ropeScore(q, k, m, n, theta)), formatNumber(offset))}</p>
            </div>
          </div>
        </section>
        <section aria-label={s.interp} className="space-y-3">
          <h4 className="font-medium">{s.interp}</h4>
          <div className="grid grid-cols-2 gap-3">
            <NumberField label={s.trainLen} value={trainLen} onCommit={(v) => update({ trainLen: v })} rule={{ min: 1, max: POS_MAX, integer: true }} testId="rope-train" />
            <NumberField label={s.targetLen} value={targetLen} onCommit={(v) => update({ targetLen: v })} rule={{ min: 1, max: POS_MAX, integer: true }} testId="rope-target" />
          </div>
          <LineChart
            title={s.interpChart(String(probe))}
            xLabel={s.axisPos}
            yLabel={s.axisAngle}
            xDomain={[0, top]}
            yDomain={[0, Math.max(top * theta, 1e-9) * 1.05]}
            series={[
              { label: s.raw, points: angles.raw, dash: 'dashed', tone: 1 },
              { label: s.scaled, points: angles.scaled, tone: 0 },
              { label: s.seen, points: angles.seen, dash: 'dotted', tone: 2 },
            ]}
            markers={[{ x: probe, y: rawAngle, tone: 1 }, { x: probe, y: scaledAngle, tone: 0 }]}
            guideX={probe}
            testId="rope-interp-chart"
          />
          <p data-testid="rope-angle" className="font-mono text-xs">{s.angleLine(probe, formatNumber(rawAngle, 4), formatNumber(scaledAngle, 4), formatNumber(trainLen * theta, 4))}</p>
          <p className="text-xs" data-testid="rope-beyond">{targetLen <= trainLen ? s.interpOff : rawAngle > trainLen * theta ? `⚠ ${s.beyond}` : s.within}</p>
        </section>
      </div>
    </WidgetFrame>
  );
}
