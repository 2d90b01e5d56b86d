'use client';

import { useMemo } from 'react';
import { decodingStep } from '@/lib/math/decoding';
import { createRng } from '@/lib/math/random';
import { sampleCounts } from '@/lib/math/sampling';
import { DECODING_PRESETS, DECODING_RULES, decodingConsistent, DEFAULT_DECODING_PRESET, DRAWS_MAX, TOKENS_MAX, type DecodingState } from '@/lib/widgets/decoding-state';
import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { SliderField } from '../shared/slider-field';
import { TemperatureControl } from '../shared/temperature-control';
import { useFieldWidget } from '../shared/use-field-widget';
import { WidgetFrame } from '../shared/widget-frame';
import { DecodingTable } from './decoding-table';

const s = ui.widgets.decoding;
const EXTRA_TOKENS = ['鼠', '兔', '马', '牛'];

/** `<DecodingSampler preset="top-p" />`: which next tokens survive T, top-k, top-p and the repetition penalty. */
export function DecodingSampler(props: Record<string, unknown>) {
  const { state, update, frame, messages } = useFieldWidget<DecodingState>('decoding', DECODING_RULES, DECODING_PRESETS, DEFAULT_DECODING_PRESET, props, decodingConsistent);
  const { tokens, logits, seen } = state;
  const step = useMemo(() => decodingStep(logits, seen, { temperature: state.t, topK: state.topK, topP: state.topP, penalty: state.penalty }), [logits, seen, state.t, state.topK, state.topP, state.penalty]);
  const counts = useMemo(() => (state.draws ? sampleCounts(step.final, state.draws, createRng(state.seed)) : null), [step, state.draws, state.seed]);
  const kept = step.fate.filter((f) => f === 'kept').length;
  const at = <T,>(xs: T[], i: number, v: T) => xs.map((x, j) => (j === i ? v : x));

  return (
    <WidgetFrame testId="widget-decoding-sampler" title={s.title} presets={s.presets} {...frame} messages={messages}>
      <div className="space-y-5">
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.order}</p>
        <TemperatureControl t={state.t} onChange={(v) => update({ t: v })} sliderLabel={s.temperature} min={0.01} max={100} testId="decoding-t" />
        <div className="grid gap-4 sm:grid-cols-3">
          <SliderField label={s.topK} value={state.topK} min={0} max={tokens.length} step={1} integer onChange={(v) => update({ topK: v })} valueText={`top-k = ${state.topK}`} testId="decoding-k" />
          <SliderField label={s.topP} value={state.topP} min={0.01} max={1} step={0.01} onChange={(v) => update({ topP: v })} valueText={`top-p = ${formatNumber(state.topP, 2)}`} testId="decoding-p" />
          <SliderField label={s.penalty} value={state.penalty} min={1} max={10} step={0.1} onChange={(v) => update({ penalty: v })} valueText={`θ = ${formatNumber(state.penalty, 2)}`} testId="decoding-penalty" />
        </div>
        <DecodingTable
          state={state}
          step={step}
          counts={counts}
          onLogit={(i, v) => update({ logits: at(logits, i, v) })}
          onSeen={(i, v) => update({ seen: at(seen, i, v) })}
          onRemove={(i) => update({ tokens: tokens.filter((_, j) => j !== i), logits: logits.filter((_, j) => j !== i), seen: seen.filter((_, j) => j !== i), topK: Math.min(state.topK, tokens.length - 1) })}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className="widget-button" disabled={tokens.length >= TOKENS_MAX} onClick={() => update({ tokens: [...tokens, EXTRA_TOKENS.find((t) => !tokens.includes(t)) ?? `词${tokens.length + 1}`], logits: [...logits, 0], seen: [...seen, false] })}>
            + {s.add}
          </button>
          <p data-testid="decoding-survivors" className="font-medium">{s.survivors(kept, formatNumber(step.keptMass, 4))}</p>
        </div>
        <fieldset className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <legend className="px-1 font-medium">{s.draw}</legend>
          <div className="flex flex-wrap items-end gap-3">
            <NumberField label={s.draws} value={state.draws || 1000} onCommit={(n) => update({ draws: n })} rule={{ min: 1, max: DRAWS_MAX, integer: true }} className="w-36" testId="decoding-draws" />
            <button type="button" className="widget-button" data-testid="decoding-draw" onClick={() => update({ draws: state.draws || 1000, seed: state.draws ? state.seed + 1 : state.seed })}>
              {state.draws ? s.redraw : s.draw}
            </button>
          </div>
          <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{s.seedLine(state.seed)}</p>
        </fieldset>
      </div>
    </WidgetFrame>
  );
}
