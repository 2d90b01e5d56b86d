import { rotate, type Pair } from '@/lib/math/positional';
import { ui } from '@/lib/ui-text/zh';
import { TONE } from '../shared/line-chart';

const s = ui.widgets.rope;
const R = 90;

interface Props {
  q: Pair;
  k: Pair;
  qAngle: number;
  kAngle: number;
  title: string;
}

/** The chosen pair of q and k before (dashed / dotted) and after rotation (solid), scaled into a circle. */
export function RotationDial({ q, k, qAngle, kAngle, title }: Props) {
  const scale = R / Math.max(Math.hypot(...q), Math.hypot(...k), 1e-12);
  const arrow = (v: Pair, tone: string, dash?: string, width = 2.5) => <line x1="0" y1="0" x2={v[0] * scale} y2={-v[1] * scale} stroke={tone} strokeWidth={width} strokeDasharray={dash} markerEnd={dash ? undefined : 'url(#rope-head)'} />;
  return (
    <figure className="min-w-0">
      <svg viewBox={`${-R - 10} ${-R - 10} ${2 * R + 20} ${2 * R + 20}`} role="img" aria-label={title} data-testid="rope-dial" className="h-auto w-full max-w-[16rem] text-zinc-500 dark:text-zinc-400">
        <defs>
          <marker id="rope-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10Z" fill="context-stroke" />
          </marker>
        </defs>
        <circle r={R} fill="none" stroke="currentColor" strokeOpacity="0.4" />
        <line x1={-R} x2={R} y1="0" y2="0" stroke="currentColor" strokeOpacity="0.3" />
        <line y1={-R} y2={R} x1="0" x2="0" stroke="currentColor" strokeOpacity="0.3" />
        {arrow(q, TONE[0], '5 3', 1.5)}
        {arrow(k, TONE[1], '2 3', 1.5)}
        {arrow(rotate(q, qAngle), TONE[0])}
        {arrow(rotate(k, kAngle), TONE[1])}
        <text x={rotate(q, qAngle)[0] * scale + 4} y={-rotate(q, qAngle)[1] * scale} fontSize="12" fontWeight="bold" fill={TONE[0]}>q</text>
        <text x={rotate(k, kAngle)[0] * scale + 4} y={-rotate(k, kAngle)[1] * scale} fontSize="12" fontWeight="bold" fill={TONE[1]}>k</text>
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        <span className="block">q：{s.legendQ}</span>
        <span className="block">k：{s.legendK}</span>
      </figcaption>
    </figure>
  );
}
