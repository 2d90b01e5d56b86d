import { memo } from 'react';
import { sinusoid } from '@/lib/math/positional';
import { ui } from '@/lib/ui-text/zh';

const s = ui.widgets.rope;
const ROWS = 48;
const CELL_H = 4;
const W = 320;

interface Props {
  d: number;
  base: number;
  m: number;
  n: number;
  pair: number;
}

/** Heatmap of PE for positions 0…47 × d dims; rows m and n (when shown) and the chosen pair are outlined. */
export function PeMatrix({ d, base, m, n, pair }: Props) {
  const cw = W / d;
  const H = ROWS * CELL_H;
  return (
    <figure>
      <svg viewBox={`-8 0 ${W + 8} ${H}`} role="img" aria-label={s.matrixLabel(ROWS, d)} data-testid="rope-matrix" className="h-auto w-full text-zinc-900 dark:text-zinc-100">
        <Cells d={d} base={base} />
        <rect x={2 * pair * cw} y="0" width={2 * cw} height={H} fill="none" stroke="currentColor" strokeWidth="1.5" />
        {[m, n].filter((p) => p < ROWS).map((p, i) => (
          <g key={i}>
            <rect x="0" y={p * CELL_H} width={W} height={CELL_H} fill="none" stroke="currentColor" strokeWidth="1" />
            <path d={`M-8 ${p * CELL_H - 1}l6 ${CELL_H / 2 + 1}l-6 ${CELL_H / 2 + 1}Z`} fill="currentColor" />
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{s.matrixLegend}</figcaption>
    </figure>
  );
}

const Cells = memo(function Cells({ d, base }: { d: number; base: number }) {
  const cw = W / d;
  return (
    <g>
      {Array.from({ length: ROWS }, (_, p) =>
        sinusoid(p, d, base).map((v, j) => <rect key={`${p}-${j}`} x={j * cw} y={p * CELL_H} width={cw + 0.3} height={CELL_H + 0.3} fill={v >= 0 ? 'var(--tone-0)' : 'var(--tone-1)'} fillOpacity={Math.abs(v)} />),
      )}
    </g>
  );
});
