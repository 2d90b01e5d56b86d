'use client';

import { useMemo } from 'react';
import { createRng } from '@/lib/math/random';
import { sampleCounts } from '@/lib/math/sampling';
import { logSumExpBound, softmax } from '@/lib/math/softmax';
import { CLASSES_MAX, decodeSoftmaxState, DEFAULT_SOFTMAX_PRESET, defaultNames, SOFTMAX_PRESETS, softmaxStateFromProps, targetIndex, T_MAX, T_MIN, type SoftmaxProps, type SoftmaxState } from '@/lib/widgets/softmax-state';
import { widgetHashKey } from '@/lib/widgets/hash-state';
import { ui } from '@/lib/ui-text/zh';
import { TemperatureControl } from '../shared/temperature-control';
import { useWidgetState } from '../shared/use-widget-state';
import { WidgetFrame } from '../shared/widget-frame';
import { ProbabilityTable } from './probability-table';
import { SamplingDemo } from './sampling-demo';
import { SoftmaxReadouts } from './softmax-readouts';


const s = ui.widgets.softmax;

/** `<SoftmaxTemperature logits={[1, 2, 3]} temperature={0.5} />`: probabilities, entropy and the logsumexp bound vs T. */
export function SoftmaxTemperature(props: SoftmaxProps & { id?: unknown }) {
  const { state, update, frame, messages } = useWidgetState<SoftmaxState>({
    fromProps: () => {
      const { state, bad } = softmaxStateFromProps(props);
      return { state, bad, preset: bad || props.logits !== undefined ? '' : String(props.preset ?? DEFAULT_SOFTMAX_PRESET) };
    },
    presets: SOFTMAX_PRESETS,
    hashKey: widgetHashKey('softmax', props.id),
    decode: decodeSoftmaxState,
  });

  const { names, logits, t } = state;
  const probs = useMemo(() => softmax(logits, t), [logits, t]);
  const bound = useMemo(() => logSumExpBound(logits, t)!, [logits, t]);
  const counts = useMemo(() => (state.samples ? sampleCounts(probs, state.samples, createRng(state.seed)) : null), [probs, state.samples, state.seed]);

  const setAt = <T,>(xs: T[], i: number, v: T) => xs.map((x, j) => (j === i ? v : x));

  return (
    <WidgetFrame
      testId="widget-softmax-temperature"
      title={s.title}
      presets={s.presets}
      {...frame}
      messages={messages}
    >
      <div className="space-y-5">
        <TemperatureControl t={t} onChange={(v) => update({ t: v })} sliderLabel={s.temperatureSlider} min={T_MIN} max={T_MAX} testId="softmax-t" />
        <ProbabilityTable
          names={names}
          logits={logits}
          t={t}
          probs={probs}
          counts={counts}
          onName={(i, name) => update({ names: setAt(names, i, name) })}
          onLogit={(i, v) => update({ logits: setAt(logits, i, v) })}
          onAdd={() => names.length < CLASSES_MAX && update({ names: [...names, defaultNames(names.length + 1).at(-1)!], logits: [...logits, 0] })}
          onRemove={(i) => update({ names: names.filter((_, j) => j !== i), logits: logits.filter((_, j) => j !== i) })}
        />
        <SoftmaxReadouts names={names} probs={probs} t={t} bound={bound} target={targetIndex(props.target, names.length)} />
        <SamplingDemo samples={state.samples} onSamples={(n) => update({ samples: n })} onDraw={() => update({ samples: state.samples || 1000, seed: state.seed + 1 })} />
      </div>
    </WidgetFrame>
  );
}
