import { formatNumber } from '@/lib/widgets/format-number';
import { linePath, linearScale, niceTicks } from '@/lib/widgets/chart-scale';

export interface Series {
  label: string;
  points: readonly (readonly [number, number])[];
  /** Line style carries the meaning too, so colour is never the only signal. */
  dash?: 'solid' | 'dashed' | 'dotted';
  /** 0 = accent, 1 = amber, 2 = zinc, 3 = emerald, 4 = fuchsia (see .widget in globals.css). */
  tone?: Tone;
}

export interface Marker {
  x: number;
  y: number;
  tone?: Tone;
}

interface Props {
  /** Accessible name: what the chart shows and the key numbers. */
  title: string;
  xLabel: string;
  yLabel: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  series: readonly Series[];
  markers?: readonly Marker[];
  /** A vertical guide, e.g. the current step. */
  guideX?: number;
  testId?: string;
}

const W = 320;
const H = 190;
const PAD = { left: 40, right: 8, top: 8, bottom: 30 };
const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3' } as const;
export const TONE = ['var(--tone-0)', 'var(--tone-1)', 'var(--tone-2)', 'var(--tone-3)', 'var(--tone-4)'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4;

/** A small line chart with round ticks, dash-coded series and an HTML legend. */
export function LineChart({ title, xLabel, yLabel, xDomain, yDomain, series, markers = [], guideX, testId }: Props) {
  const sx = linearScale(xDomain, [PAD.left, W - PAD.right]);
  const sy = linearScale(yDomain, [H - PAD.bottom, PAD.top]);
  const xt = niceTicks(xDomain[0], xDomain[1], 5);
  const yt = niceTicks(yDomain[0], yDomain[1], 4);
  const tick = (v: number) => formatNumber(v, 3);
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} data-testid={testId} className="widget-chart h-auto w-full text-zinc-500 dark:text-zinc-400">
        <defs>
          <clipPath id={`${testId}-clip`}>
            <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} />
          </clipPath>
        </defs>
        {xt.map((t) => (
          <g key={`x${t}`} fontSize="9" fill="currentColor">
            <line x1={sx(t)} x2={sx(t)} y1={PAD.top} y2={H - PAD.bottom} stroke="currentColor" strokeOpacity="0.15" />
            <text x={sx(t)} y={H - PAD.bottom + 11} textAnchor="middle">{tick(t)}</text>
          </g>
        ))}
        {yt.map((t) => (
          <g key={`y${t}`} fontSize="9" fill="currentColor">
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(t)} y2={sy(t)} stroke="currentColor" strokeOpacity="0.15" />
            <text x={PAD.left - 3} y={sy(t) + 3} textAnchor="end">{tick(t)}</text>
          </g>
        ))}
        <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} fill="none" stroke="currentColor" strokeOpacity="0.4" />
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 3} textAnchor="middle" fontSize="10" fill="currentColor">{xLabel}</text>
        <text transform={`translate(9 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="10" fill="currentColor">{yLabel}</text>
        <g clipPath={`url(#${testId}-clip)`}>
          {series.map((s) => (
            <path key={s.label} d={linePath(s.points, sx, sy)} fill="none" stroke={TONE[s.tone ?? 0]} strokeWidth="2" strokeDasharray={DASH[s.dash ?? 'solid']} strokeLinejoin="round" />
          ))}
          {guideX !== undefined && Number.isFinite(sx(guideX)) && <line x1={sx(guideX)} x2={sx(guideX)} y1={PAD.top} y2={H - PAD.bottom} stroke="currentColor" strokeDasharray="3 3" />}
          {markers.map((m, i) =>
            Number.isFinite(sx(m.x)) && Number.isFinite(sy(m.y)) ? <circle key={i} cx={sx(m.x)} cy={sy(m.y)} r="4" fill={TONE[m.tone ?? 0]} stroke="currentColor" strokeWidth="1.5" /> : null,
          )}
        </g>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <svg width="22" height="8" aria-hidden="true">
              <line x1="1" x2="21" y1="4" y2="4" stroke={TONE[s.tone ?? 0]} strokeWidth="2" strokeDasharray={DASH[s.dash ?? 'solid']} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
