import { ellipse, quadLoss, type Sym2, type Vec2 } from '@/lib/math/regularization';
import { linePath, linearScale } from '@/lib/widgets/chart-scale';
import type { L1L2State } from '@/lib/widgets/l1l2-state';
import { ui } from '@/lib/ui-text/zh';

const s = ui.widgets.l1l2;
const SIZE = 240;

interface Props {
  state: L1L2State;
  m: Sym2;
  w1: Vec2;
  w2: Vec2;
  title: string;
}

/** The parameter plane: L1 diamond (solid), L2 disk (dashed), loss contours through both optima, and the three points. */
export function ConstraintPlane({ state, m, w1, w2, title }: Props) {
  const wStar: Vec2 = [state.wx, state.wy];
  const c = state.budget;
  const R = Math.max(2, 1.3 * c, Math.abs(state.wx) + 0.6, Math.abs(state.wy) + 0.6);
  const sx = linearScale([-R, R], [4, SIZE - 4]);
  const sy = linearScale([-R, R], [SIZE - 4, 4]);
  const levels = [quadLoss(w1, wStar, m), quadLoss(w2, wStar, m)].filter((l) => l > 0);
  const contour = (level: number) => linePath(ellipse(wStar, state.a1, state.a2, state.angle, level), sx, sy);
  const diamond = linePath([[c, 0], [0, c], [-c, 0], [0, -c], [c, 0]], sx, sy) + 'Z';
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title} data-testid="l1l2-plane" className="h-auto w-full max-w-[20rem] text-zinc-500 dark:text-zinc-400">
        <defs>
          <clipPath id="l1l2-clip">
            <rect x="0" y="0" width={SIZE} height={SIZE} />
          </clipPath>
        </defs>
        <line x1={sx(-R)} x2={sx(R)} y1={sy(0)} y2={sy(0)} stroke="currentColor" strokeOpacity="0.5" />
        <line x1={sx(0)} x2={sx(0)} y1={sy(-R)} y2={sy(R)} stroke="currentColor" strokeOpacity="0.5" />
        <g clipPath="url(#l1l2-clip)">
          {[...levels, ...levels.map((l) => l * 0.25), ...levels.map((l) => l * 3)].map((l, i) => (
            <path key={i} d={contour(l)} fill="none" stroke="currentColor" strokeOpacity={i < levels.length ? 0.9 : 0.35} strokeWidth="1" />
          ))}
          <path d={diamond} fill="var(--tone-0)" fillOpacity="0.12" stroke="var(--tone-0)" strokeWidth="2" />
          <circle cx={sx(0)} cy={sy(0)} r={sx(c) - sx(0)} fill="none" stroke="var(--tone-1)" strokeWidth="2" strokeDasharray="6 4" />
          <path d={`M${sx(wStar[0]) - 5} ${sy(wStar[1]) - 5}l10 10m0 -10l-10 10`} stroke="currentColor" strokeWidth="2" className="text-zinc-900 dark:text-zinc-100" />
          <rect x={sx(w1[0]) - 5} y={sy(w1[1]) - 5} width="10" height="10" fill="var(--tone-0)" stroke="currentColor" />
          <circle cx={sx(w2[0])} cy={sy(w2[1])} r="5.5" fill="var(--tone-1)" stroke="currentColor" />
        </g>
        <text x={SIZE - 6} y={sy(0) - 4} textAnchor="end" fontSize="10" fill="currentColor">w₁</text>
        <text x={sx(0) + 4} y="12" fontSize="10" fill="currentColor">w₂</text>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        <span>{s.legendStar}</span>
        <span>{s.legendL1}</span>
        <span>{s.legendL2}</span>
      </figcaption>
    </figure>
  );
}
