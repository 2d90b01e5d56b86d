import { entropy, natsToBits } from '@/lib/math/entropy';
import type { LogSumExpBound } from '@/lib/math/softmax';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

const s = ui.widgets.softmax;

interface Props {
  names: string[];
  probs: number[];
  t: number;
  bound: LogSumExpBound;
  target: number | null;
}

/** Entropy against log n, the top probability, and the logsumexp bound with both sides computed. */
export function SoftmaxReadouts({ names, probs, t, bound, target }: Props) {
  const h = entropy(probs);
  const maxH = Math.log(probs.length);
  const top = Math.max(...probs);
  const topNames = names.filter((_, i) => probs[i] === top).join(' / ');
  const f = (x: number) => formatNumber(x, 6);
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      <div className="widget-readout">
        <dt>{s.entropy}</dt>
        <dd data-testid="softmax-entropy" className="font-mono">{s.entropyValue(formatNumber(h, 4, false), formatNumber(natsToBits(h), 4, false))}</dd>
        <dd>
          <meter min={0} max={maxH} value={h} aria-label={s.entropy} className="h-2 w-full" />
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{s.entropyMax(formatNumber(maxH, 4))}</span>
        </dd>
      </div>
      <div className="widget-readout">
        <dt>{s.top}</dt>
        <dd data-testid="softmax-top" className="font-mono">{s.topValue(formatNumber(top, 4, false), topNames)}</dd>
        <dd className="text-xs text-zinc-500 dark:text-zinc-400">{t <= 0.05 ? s.limitCold : t >= 20 ? s.limitHot : '\u00a0'}</dd>
      </div>
      {target !== null && (
        <div className="widget-readout sm:col-span-2">
          <dt>{s.loss(names[target]!)}</dt>
          <dd data-testid="softmax-loss" className="font-mono">
            {probs[target] === 0 ? '∞' : formatNumber(-Math.log(probs[target]!), 6)}
          </dd>
        </div>
      )}
      <div className="widget-readout sm:col-span-2">
        <dt>{s.bound}</dt>
        <dd data-testid="softmax-bound" className="break-words font-mono text-[0.8rem]">{s.boundLine(f(bound.max), f(bound.value), f(bound.upper))}</dd>
        <dd data-testid="softmax-gap" className="break-words font-mono text-[0.8rem] text-zinc-600 dark:text-zinc-400">
          {/* With n ≥ 2 the true gap is > 0; exactly 0 means it underflowed (e.g. logits ±1e308). */}
          {s.gapLine(bound.gap === 0 && probs.length > 1 ? s.gapUnderflow : f(bound.gap), f(bound.maxGap))}
        </dd>
      </div>
    </dl>
  );
}
