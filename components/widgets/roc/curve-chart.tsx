import { memo } from 'react';
import type { Point } from '@/lib/math/roc';

const SIZE = 200;
const PAD = { left: 34, right: 8, top: 8, bottom: 30 };
const W = SIZE + PAD.left + PAD.right;
const H = SIZE + PAD.top + PAD.bottom;
const px = (x: number) => (PAD.left + x * SIZE).toFixed(1);
const py = (y: number) => (PAD.top + (1 - y) * SIZE).toFixed(1);

/**
 * SVG path through the points, in chart coordinates (built once per data change). `step` draws
 * each segment up/down first, then across, so the area under a PR path is exactly the step-wise AP.
 */
export function curvePath(points: readonly Point[], step: boolean): string {
  let d = '';
  points.forEach((p, i) => {
    if (i === 0) d += `M${px(p.x)} ${py(p.y)}`;
    else if (step) d += `V${py(p.y)}H${px(p.x)}`;
    else d += `L${px(p.x)} ${py(p.y)}`;
  });
  return d;
}

interface Props {
  /** The chart's accessible name: what it shows and its key numbers. */
  title: string;
  xLabel: string;
  yLabel: string;
  path: string;
  /** Shade the area under the path (the AUC). */
  area: boolean;
  /** A dashed reference line: the ROC diagonal, or the PR baseline at the prevalence. */
  reference: 'diagonal' | number;
  current: Point | null;
  testId: string;
  /** Shown inside the chart instead of a curve when there is nothing to draw. */
  empty?: string;
}

/** A unit-square chart (axes 0–1) with a curve, an optional shaded area and the current point. */
export function CurveChart({ title, xLabel, yLabel, path, area, reference, current, testId, empty }: Props) {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} data-testid={testId} className="h-auto w-full max-w-[22rem] text-zinc-500 dark:text-zinc-400">
      <StaticLayers xLabel={xLabel} yLabel={yLabel} path={path} area={area} reference={reference} empty={empty} />
      {current && !empty && (
        <g className="text-zinc-900 dark:text-white">
          <line x1={px(current.x)} x2={px(current.x)} y1={py(0)} y2={py(current.y)} stroke="currentColor" strokeWidth="0.75" strokeDasharray="2 2" />
          <line x1={px(0)} x2={px(current.x)} y1={py(current.y)} y2={py(current.y)} stroke="currentColor" strokeWidth="0.75" strokeDasharray="2 2" />
          <circle cx={px(current.x)} cy={py(current.y)} r="5" fill="var(--color-amber-400)" stroke="currentColor" strokeWidth="1.5" />
        </g>
      )}
    </svg>
  );
}

// Everything but the current point: with 10,000 points the path is long, so it must not re-render per threshold.
const StaticLayers = memo(function StaticLayers({ xLabel, yLabel, path, area, reference, empty }: Omit<Props, 'title' | 'current' | 'testId'>) {
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <>
      <rect x={PAD.left} y={PAD.top} width={SIZE} height={SIZE} fill="none" stroke="currentColor" strokeOpacity="0.4" />
      {ticks.map((t) => (
        <g key={t} fontSize="9" fill="currentColor">
          <line x1={px(t)} x2={px(t)} y1={py(0)} y2={py(1)} stroke="currentColor" strokeOpacity="0.12" />
          <line x1={px(0)} x2={px(1)} y1={py(t)} y2={py(t)} stroke="currentColor" strokeOpacity="0.12" />
          <text x={px(t)} y={PAD.top + SIZE + 11} textAnchor="middle">
            {t}
          </text>
          <text x={PAD.left - 4} y={Number(py(t)) + 3} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      <text x={PAD.left + SIZE / 2} y={H - 3} textAnchor="middle" fontSize="10" fill="currentColor">
        {xLabel}
      </text>
      <text transform={`translate(10 ${PAD.top + SIZE / 2}) rotate(-90)`} textAnchor="middle" fontSize="10" fill="currentColor">
        {yLabel}
      </text>
      {reference === 'diagonal' ? (
        <line x1={px(0)} y1={py(0)} x2={px(1)} y2={py(1)} stroke="currentColor" strokeDasharray="4 3" />
      ) : (
        <line x1={px(0)} y1={py(reference)} x2={px(1)} y2={py(reference)} stroke="currentColor" strokeDasharray="4 3" />
      )}
      {empty ? (
        <text x={PAD.left + SIZE / 2} y={PAD.top + SIZE / 2} textAnchor="middle" fontSize="11" fill="currentColor">
          {empty}
        </text>
      ) : (
        <>
          {area && <path d={`${path}V${py(0)}H${px(0)}Z`} fill="var(--color-accent-400)" fillOpacity="0.25" />}
          <path d={path} fill="none" stroke="var(--color-accent-600)" strokeWidth="2" strokeLinejoin="round" className="dark:stroke-[var(--color-accent-300)]" />
        </>
      )}
    </>
  );
});
