import { finiteVariance, type AttentionResult } from '@/lib/math/attention';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { AttentionHeatmap } from './attention-heatmap';
import { MatrixTable } from './matrix-table';

const a = ui.widgets.attention;

/** Q, K, V (columns grouped by head), then per head: raw scores, softmax input, weight heatmap; then outputs. */
export function AttentionResultView({ tokens, result, scale, t }: { tokens: string[]; result: AttentionResult; scale: boolean; t: number }) {
  const masked = [...new Set(result.heads.flatMap((h) => h.fullyMasked))].sort((x, y) => x - y);
  // Side by side only while the matrices are narrow enough to be read without scrolling.
  const qkvGrid = (result.q[0]?.length ?? 0) <= 4 && (result.v[0]?.length ?? 0) <= 4 ? 'sm:grid-cols-3' : '';
  const scoreGrid = tokens.length <= 5 ? 'sm:grid-cols-2' : '';
  return (
    <div className="space-y-5">
      <div className={`grid gap-3 ${qkvGrid}`}>
        <MatrixTable title={a.q} rows={tokens} values={result.q} groups={result.heads.length} testId="attn-q" />
        <MatrixTable title={a.k} rows={tokens} values={result.k} groups={result.heads.length} testId="attn-k" />
        <MatrixTable title={a.v} rows={tokens} values={result.v} groups={result.heads.length} testId="attn-v" />
      </div>
      {result.heads.map((head, h) => {
        const divisor = (scale ? a.divisorScale(head.dk) : '') + (t !== 1 ? a.divisorTemp(formatNumber(t, 4)) : '');
        return (
          <section key={h} aria-label={a.head(h, head.dk)} className="space-y-3">
            {result.heads.length > 1 && <h4 className="font-semibold text-zinc-800 dark:text-zinc-200">{a.head(h, head.dk)}</h4>}
            <div className={`grid gap-3 ${scoreGrid}`}>
              <MatrixTable title={a.raw} rows={tokens} cols={tokens} values={head.raw} note={a.variance(formatNumber(finiteVariance(head.raw), 4))} testId={`attn-raw-${h}`} />
              <MatrixTable title={a.scaled(divisor)} rows={tokens} cols={tokens} values={head.logits} note={a.variance(formatNumber(finiteVariance(head.logits), 4))} testId={`attn-logits-${h}`} />
            </div>
            <AttentionHeatmap head={head} index={h} tokens={tokens} />
          </section>
        );
      })}
      {masked.length > 0 && (
        <p role="note" data-testid="attn-fully-masked" className="rounded-md border-l-4 border-sky-500 bg-sky-50 px-3 py-2 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100">
          <span aria-hidden="true">ℹ </span>
          {a.fullyMasked(masked.map((i) => `${i + 1}（${tokens[i]}）`).join('、'))}
        </p>
      )}
      <MatrixTable title={result.heads.length > 1 ? a.outputsConcat : a.outputs} rows={tokens} values={result.outputs} testId="attn-out" />
    </div>
  );
}
