import { useMemo } from 'react';
import { aucTrapezoid, averagePrecision, buildRocModel, confusionAt, metricsOf, prPoints, rankStats, rocPoints, rocProblem, thresholdIndex, type ScoredLabel } from '@/lib/math/roc';
import { binScores } from '@/lib/math/histogram';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { ConfusionReadouts } from './confusion-readouts';
import { CurveChart, curvePath } from './curve-chart';
import { ScoreHistogram } from './score-histogram';

const r = ui.widgets.roc;

interface Props {
  data: ScoredLabel[];
  threshold: number | null;
  onThreshold: (t: number | null) => void;
}

/**
 * Everything derived from the data. The model, curves and AUCs are memoised on the data, so a
 * threshold change costs a binary search, an O(1) confusion matrix and moving two points.
 */
export function RocAnalysis({ data, threshold, onThreshold }: Props) {
  const model = useMemo(() => buildRocModel(data), [data]);
  const problem = rocProblem(model);
  const curves = useMemo(() => {
    if (problem !== null && problem !== 'all-tied') return null;
    const roc = rocPoints(model);
    const ranks = rankStats(data);
    const pairs = ranks.positives * ranks.negatives;
    return {
      rocPath: curvePath(roc, false),
      prPath: curvePath(prPoints(model), true),
      aucTrapezoid: aucTrapezoid(roc),
      aucRank: (ranks.rankSum - (ranks.positives * (ranks.positives + 1)) / 2) / pairs,
      ranks,
      ap: averagePrecision(model),
      prevalence: model.pos / (model.pos + model.neg),
    };
  }, [model, data, problem]);
  const bins = useMemo(() => binScores(data), [data]);

  const d = model.thresholds.length;
  const k = thresholdIndex(model, threshold);
  const c = confusionAt(model, k);
  const m = metricsOf(c);
  const tText = threshold === null || k === 0 ? '+∞' : formatNumber(model.thresholds[k - 1]!, 4);
  const valueText = r.thresholdText(tText, formatNumber(m.tpr, 4), formatNumber(m.fpr, 4));
  // Snap to 12 significant digits first, so 0.88718749999 and 0.8871875000001 print alike.
  const f6 = (x: number) => formatNumber(Number(x.toPrecision(12)), 6, false);

  return (
    <div className="space-y-5">
      {problem && (
        <p role="alert" data-testid="roc-problem" className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          <span aria-hidden="true">⚠ </span>
          {r.problems[problem]}
        </p>
      )}
      <div>
        <label className="block">
          <span className="mb-1 flex flex-wrap justify-between gap-2 text-zinc-700 dark:text-zinc-300">
            <span>{r.threshold}</span>
            <output data-testid="roc-threshold" className="font-mono text-zinc-900 dark:text-zinc-100">
              {k === 0 ? r.thresholdNone : r.thresholdValue(tText, c.tp + c.fp)}
            </output>
          </span>
          <input
            type="range"
            data-testid="roc-threshold-slider"
            min={0}
            max={d}
            step={1}
            value={d - k}
            disabled={d === 0}
            aria-valuetext={valueText}
            onChange={(e) => {
              const next = d - Number(e.target.value);
              onThreshold(next === 0 ? null : model.thresholds[next - 1]!);
            }}
            className="widget-range w-full"
          />
        </label>
        {bins && <ScoreHistogram bins={bins} threshold={k === 0 ? null : model.thresholds[k - 1]!} />}
      </div>
      <ConfusionReadouts c={c} m={m} />
      <div className="grid gap-4 sm:grid-cols-2">
        <figure>
          <CurveChart title={curves ? r.rocLabel(f6(curves.aucTrapezoid), formatNumber(m.fpr, 4), formatNumber(m.tpr, 4)) : r.rocCurve} xLabel={r.rocAxisX} yLabel={r.rocAxisY} path={curves?.rocPath ?? ''} area reference="diagonal" current={m.fpr === null || m.tpr === null ? null : { x: m.fpr, y: m.tpr }} testId="roc-chart" empty={curves ? undefined : '—'} />
          <figcaption className="mt-1 space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">{r.rocCurve}</span>
            {curves && (
              <dl className="space-y-1">
                <div className="widget-readout">
                  <dt>{r.aucTrapezoid}</dt>
                  <dd data-testid="roc-auc-trapezoid" className="font-mono">{f6(curves.aucTrapezoid)}</dd>
                </div>
                <div className="widget-readout">
                  <dt>{r.aucRank}</dt>
                  <dd data-testid="roc-auc-rank" className="font-mono">{f6(curves.aucRank)}</dd>
                  <dd className="font-mono text-xs text-zinc-600 dark:text-zinc-400">
                    ({formatNumber(curves.ranks.rankSum, 1)} − {formatNumber((curves.ranks.positives * (curves.ranks.positives + 1)) / 2, 1)}) / ({curves.ranks.positives}×{curves.ranks.negatives})
                    {Math.abs(curves.aucRank - curves.aucTrapezoid) < 1e-9 && <span className="ml-2 font-sans text-emerald-700 dark:text-emerald-400">✓ {r.agree}</span>}
                  </dd>
                </div>
              </dl>
            )}
          </figcaption>
        </figure>
        <figure>
          <CurveChart title={curves ? r.prLabel(f6(curves.ap), formatNumber(m.recall, 4), formatNumber(m.precision, 4)) : r.prCurve} xLabel={r.prAxisX} yLabel={r.prAxisY} path={curves?.prPath ?? ''} area reference={curves?.prevalence ?? 0} current={m.recall === null || m.precision === null ? null : { x: m.recall, y: m.precision }} testId="pr-chart" empty={curves ? undefined : '—'} />
          <figcaption className="mt-1 space-y-1">
            <span className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">{r.prCurve}</span>
            {curves && (
              <dl className="widget-readout">
                <dt>{r.ap}</dt>
                <dd data-testid="roc-ap" className="font-mono">{f6(curves.ap)}</dd>
                <dd className="text-xs text-zinc-600 dark:text-zinc-400">{r.prevalence(formatNumber(curves.prevalence, 4))}</dd>
              </dl>
            )}
          </figcaption>
        </figure>
      </div>
    </div>
  );
}
