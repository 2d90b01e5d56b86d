'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { averagePrecision, idealOrder, move, ndcg, reciprocalRank, type Gain } from '@/lib/math/ranking';
import { formatNumber } from '@/lib/widgets/format-number';
import { DEFAULT_RANKING_PRESET, DOC_NAMES, GRADE_MAX, ITEMS_MAX, rankingConsistent, RANKING_PRESETS, RANKING_RULES, type RankingState } from '@/lib/widgets/ranking-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { SliderField } from '../shared/slider-field';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { RankingTable } from './ranking-table';

const s = ui.widgets.ranking;
const f = (x: number) => formatNumber(x, 5);

/** `<RankingMetrics preset="note" />`: a reorderable ranked list with live DCG, IDCG, NDCG@k, RR and AP. */
export function RankingMetrics(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<RankingState>('ranking', RANKING_RULES, RANKING_PRESETS, DEFAULT_RANKING_PRESET, props, rankingConsistent);
  const { docs, grades, k, gain, threshold } = state;
  const [announce, setAnnounce] = useState('');
  const gainName = useId();
  // After a move the list re-renders in a new order; put focus back on the button that was pressed.
  const refocus = useRef<{ doc: string; dir: 'up' | 'down' } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const r = refocus.current;
    if (!r) return;
    refocus.current = null;
    const button = (dir: string) => root.current?.querySelector<HTMLButtonElement>(`[data-move="${r.doc}-${dir}"]:not([disabled])`);
    // At either end the pressed button is disabled: fall back to the other direction.
    (button(r.dir) ?? button(r.dir === 'up' ? 'down' : 'up'))?.focus();
  });

  const onMove = (i: number, by: -1 | 1) => {
    const j = Math.max(0, Math.min(docs.length - 1, i + by));
    if (j === i) return;
    update({ docs: move(docs, i, by), grades: move(grades, i, by) });
    refocus.current = { doc: docs[i]!, dir: by < 0 ? 'up' : 'down' };
    setAnnounce(s.moved(docs[i]!, j + 1));
  };
  const n = ndcg(grades, k, gain);
  const rr = reciprocalRank(grades, threshold);
  const ap = averagePrecision(grades, threshold, state.missed);

  return (
    <WidgetFrame testId="widget-ranking-metrics" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div ref={root} className="space-y-5">
        <RankingTable
          state={state}
          onMove={onMove}
          onGrade={(i, g) => update({ grades: grades.map((x, j) => (j === i ? g : x)) })}
          onRemove={(i) => update({ docs: docs.filter((_, j) => j !== i), grades: grades.filter((_, j) => j !== i), k: Math.min(k, docs.length - 1) })}
        />
        <p role="status" className="sr-only" data-testid="ranking-announce">{announce}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="widget-button" disabled={docs.length >= ITEMS_MAX} onClick={() => update({ docs: [...docs, DOC_NAMES.find((d) => !docs.includes(d))!], grades: [...grades, 0] })}>
            + {s.add}
          </button>
          <button type="button" className="widget-button" onClick={() => {
              const order = docs.map((d, i) => ({ d, g: grades[i]! })).sort((a, b) => b.g - a.g);
              update({ docs: order.map((o) => o.d), grades: order.map((o) => o.g) });
            }}>
            {s.ideal}
          </button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SliderField label={s.k} value={k} min={1} max={docs.length} step={1} integer onChange={(v) => update({ k: v })} valueText={`k = ${k}`} testId="ranking-k" />
          <fieldset>
            <legend className="mb-1 text-zinc-700 dark:text-zinc-300">{s.gain}</legend>
            <div className="flex flex-wrap gap-3">
              {(['linear', 'exp'] as Gain[]).map((g) => (
                <label key={g} className="flex items-center gap-1.5">
                  <input type="radio" name={gainName} checked={gain === g} onChange={() => update({ gain: g })} data-testid={`ranking-gain-${g}`} />
                  {s.gains[g]}
                </label>
              ))}
            </div>
          </fieldset>
          <NumberField label={s.threshold} value={threshold} onCommit={(v) => update({ threshold: v })} rule={{ min: 1, max: GRADE_MAX, integer: true }} testId="ranking-threshold" />
          <NumberField label={s.missed} value={state.missed} onCommit={(v) => update({ missed: v })} rule={{ min: 0, max: 100, integer: true }} testId="ranking-missed" />
        </div>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="widget-readout">
            <dt>{s.ndcg(k)}</dt>
            <dd data-testid="ranking-ndcg" className="break-words font-mono">{n.ndcg === null ? s.ndcgNone : s.ndcgLine(f(n.dcg), f(n.idcg), f(n.ndcg))}</dd>
            <dd className="text-xs text-zinc-600 dark:text-zinc-400">{s.ideaLine(idealOrder(grades).join(', '))}</dd>
          </div>
          <div className="widget-readout">
            <dt>{s.mrr}</dt>
            <dd data-testid="ranking-rr" className="font-mono">{rr.rank === null ? s.rrNone : s.rrLine(rr.rank, f(rr.rr))}</dd>
          </div>
          <div className="widget-readout">
            <dt>{s.ap}</dt>
            <dd data-testid="ranking-ap" className="break-words font-mono">
              {ap.ap === null ? s.apNone : s.apLine(ap.terms.map((t) => `${Math.round(t.precision * t.k)}/${t.k}`).join(' + ') || '0', ap.relevantTotal, f(ap.ap))}
            </dd>
          </div>
        </dl>
      </div>
    </WidgetFrame>
  );
}
