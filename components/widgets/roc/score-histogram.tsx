import { memo } from 'react';
import { binFraction, type Bins } from '@/lib/math/histogram';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

const r = ui.widgets.roc;
// Drawn stretched to the box (preserveAspectRatio="none"), so text lives in HTML, not in the SVG.
const W = 400;
const H = 100;
const PAD = 2;

const outline = (shares: number[], peak: number) =>
  shares.reduce((d, s, i) => `${d}H${(PAD + (i * (W - 2 * PAD)) / shares.length).toFixed(1)}V${(H - PAD - (s / peak) * (H - 2 * PAD)).toFixed(1)}`, `M${PAD} ${H - PAD}`) + `H${W - PAD}V${H - PAD}`;

/** Both classes' score histograms with the threshold line: everything right of it is predicted positive. */
export function ScoreHistogram({ bins, threshold }: { bins: Bins; threshold: number | null }) {
  const x = threshold === null ? W - PAD : PAD + binFraction(bins, threshold) * (W - 2 * PAD);
  return (
    <figure>
      <figcaption className="mb-1 flex flex-wrap gap-x-4 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-medium">{r.histogram}</span>
        <span>━ {r.legendPos}</span>
        <span>┅ {r.legendNeg}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={r.histogram} className="h-24 w-full text-zinc-500 dark:text-zinc-400">
        <Outlines bins={bins} />
        <line x1={x} x2={x} y1={0} y2={H - PAD} stroke="var(--color-amber-500)" strokeWidth="3" vectorEffect="non-scaling-stroke" />
      </svg>
      <div aria-hidden="true" className="flex justify-between font-mono text-xs text-zinc-500 dark:text-zinc-400">
        <span>{formatNumber(bins.lo, 4)}</span>
        <span>{formatNumber(bins.hi, 4)}</span>
      </div>
    </figure>
  );
}

const Outlines = memo(function Outlines({ bins }: { bins: Bins }) {
  const peak = Math.max(...bins.pos, ...bins.neg, 1e-9);
  return (
    <>
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} stroke="currentColor" strokeOpacity="0.5" vectorEffect="non-scaling-stroke" />
      <path d={outline(bins.neg, peak)} fill="currentColor" fillOpacity="0.12" stroke="currentColor" strokeWidth="1.5" strokeDasharray="4 2" vectorEffect="non-scaling-stroke" />
      <path d={outline(bins.pos, peak)} fill="var(--color-accent-400)" fillOpacity="0.3" stroke="var(--color-accent-600)" strokeWidth="2" vectorEffect="non-scaling-stroke" className="dark:stroke-[var(--color-accent-300)]" />
    </>
  );
});
