import { memo } from 'react';
import { contourSegments, OPTIMIZERS, surfaces, type SurfaceName, type Trajectory } from '@/lib/math/optimizers';
import { linePath, linearScale } from '@/lib/widgets/chart-scale';
import { ui } from '@/lib/ui-text/zh';
import { TONE, type Tone } from '../shared/line-chart';

const s = ui.widgets.optimizers;
const W = 320;
const H = 240;
const DASH = [undefined, '6 3', '2 3', '8 3 2 3', '1 2'];
const LETTER = ['S', 'M', 'N', 'A', 'W'];

const scales = (name: SurfaceName) => {
  const sf = surfaces[name];
  return { sx: linearScale(sf.x, [0, W]), sy: linearScale(sf.y, [H, 0]) };
};

interface Props {
  surface: SurfaceName;
  runs: Trajectory[];
  shown: number[];
  step: number;
  title: string;
}

/** Contours of the surface, each optimiser's path up to `step` (dash and letter differ, not just colour). */
export function PathsChart({ surface, runs, shown, step, title }: Props) {
  const { sx, sy } = scales(surface);
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} data-testid="optim-chart" className="h-auto w-full text-zinc-400 dark:text-zinc-500">
        <defs>
          <clipPath id="optim-clip">
            <rect width={W} height={H} />
          </clipPath>
        </defs>
        <Contours surface={surface} />
        <g clipPath="url(#optim-clip)">
          {shown.map((i) => {
            const pts = runs[i]!.points.slice(0, step + 1);
            const last = pts.at(-1)!;
            return (
              <g key={i}>
                <path d={linePath(pts, sx, sy)} fill="none" stroke={TONE[i as Tone]} strokeWidth="1.8" strokeDasharray={DASH[i]} strokeLinejoin="round" />
                <circle cx={sx(last[0])} cy={sy(last[1])} r="4" fill={TONE[i as Tone]} className="stroke-white dark:stroke-zinc-900" strokeWidth="1" />
                <text x={sx(last[0]) + 5} y={sy(last[1]) - 5} fontSize="10" fontWeight="bold" fill={TONE[i as Tone]}>{LETTER[i]}</text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {OPTIMIZERS.map((name, i) => (
          <span key={name} className="inline-flex items-center gap-1">
            <svg width="22" height="8" aria-hidden="true">
              <line x1="1" x2="21" y1="4" y2="4" stroke={TONE[i as Tone]} strokeWidth="2" strokeDasharray={DASH[i]} />
            </svg>
            {LETTER[i]} = {s.names[name]}
          </span>
        ))}
        <span>{s.legendMin}</span>
      </figcaption>
    </figure>
  );
}

// Marching squares over the grid is the costly part; it depends on the surface only.
const Contours = memo(function Contours({ surface }: { surface: SurfaceName }) {
  const { sx, sy } = scales(surface);
  const d = contourSegments(surfaces[surface])
    .map(([a, b]) => `M${sx(a[0]).toFixed(1)} ${sy(a[1]).toFixed(1)}L${sx(b[0]).toFixed(1)} ${sy(b[1]).toFixed(1)}`)
    .join('');
  return (
    <>
      <path d={d} stroke="currentColor" strokeWidth="0.8" fill="none" />
      {surfaces[surface].minima.map(([x, y]) => (
        <path key={`${x},${y}`} d={`M${sx(x)} ${sy(y) - 5}l5 5l-5 5l-5 -5Z`} className="fill-zinc-800 dark:fill-zinc-100" />
      ))}
    </>
  );
});
