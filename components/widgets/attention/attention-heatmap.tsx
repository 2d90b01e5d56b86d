import { useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { HeadResult } from '@/lib/math/attention';
import { formatSignificant } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';

const a = ui.widgets.attention;

interface Props {
  head: HeadResult;
  index: number;
  tokens: string[];
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Weights as a grid (rows = queries, columns = keys). Every cell prints its value; masked cells are
 * hatched and marked ×, so colour is never the only signal. One cell is in the tab order; arrows
 * move between cells, and hover/focus shows the exact raw score, logit and weight.
 */
export function AttentionHeatmap({ head, index, tokens }: Props) {
  const n = tokens.length;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [shown, setShown] = useState<[number, number] | null>(null);
  const [r, c] = [Math.min(active[0], n - 1), Math.min(active[1], n - 1)];

  const detail = (i: number, j: number) => {
    const w = head.weights[i]![j]!;
    if (head.logits[i]![j] === -Infinity) return a.cellMasked(tokens[i]!, tokens[j]!);
    return a.cellDetail(tokens[i]!, tokens[j]!, formatSignificant(head.raw[i]![j]!), formatSignificant(head.logits[i]![j]!), formatSignificant(w));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next: [number, number] = [Math.max(0, Math.min(n - 1, r + move[0])), Math.max(0, Math.min(n - 1, c + move[1]))];
    setActive(next);
    setShown(next);
    (e.currentTarget.querySelector(`[data-cell="${next[0]}-${next[1]}"]`) as HTMLElement | null)?.focus();
  };

  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">{a.weights}</figcaption>
      <div className="widget-scroll">
        <table role="grid" aria-label={a.heatmap(index)} onKeyDown={onKeyDown} data-testid={`attn-heatmap-${index}`} className="border-separate border-spacing-0.5 font-mono text-xs">
          <thead>
            <tr>
              <td />
              {tokens.map((t, j) => (
                <th key={j} scope="col" className="max-w-[4rem] truncate px-1 pb-1 text-center font-sans font-normal text-zinc-600 dark:text-zinc-400">
                  {t}
                </th>
              ))}
              <th scope="col" className="px-1 pb-1 font-sans font-normal text-zinc-600 dark:text-zinc-400">{a.rowSum}</th>
            </tr>
          </thead>
          <tbody>
            {head.weights.map((row, i) => (
              <tr key={i}>
                <th scope="row" className="whitespace-nowrap pr-1 text-right font-sans font-normal text-zinc-600 dark:text-zinc-400">
                  {head.fullyMasked.includes(i) && <span aria-hidden="true">⚠ </span>}
                  {tokens[i]}
                </th>
                {row.map((w, j) => {
                  const masked = head.logits[i]![j] === -Infinity;
                  return (
                    <td
                      key={j}
                      role="gridcell"
                      data-cell={`${i}-${j}`}
                      tabIndex={i === r && j === c ? 0 : -1}
                      aria-label={detail(i, j)}
                      onFocus={() => (setActive([i, j]), setShown([i, j]))}
                      onMouseEnter={() => setShown([i, j])}
                      className={`h-9 min-w-[2.75rem] cursor-default rounded-sm text-center ${masked ? 'attn-masked text-zinc-600 dark:text-zinc-400' : 'attn-heat text-zinc-900 dark:text-zinc-100'}`}
                      style={masked ? undefined : ({ '--w': `${Math.round(w * 100)}%` } as CSSProperties)}
                    >
                      {masked ? '×' : w.toFixed(2)}
                    </td>
                  );
                })}
                <td className="px-1 text-center text-zinc-600 dark:text-zinc-400">{row.reduce((s, w) => s + w, 0).toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p aria-live="polite" data-testid={`attn-detail-${index}`} className="mt-1 min-h-[2.5em] text-xs text-zinc-700 dark:text-zinc-300">
        {shown ? detail(Math.min(shown[0], n - 1), Math.min(shown[1], n - 1)) : a.cellHint}
      </p>
    </figure>
  );
}
