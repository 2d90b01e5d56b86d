'use client';

import { useMemo, useState } from 'react';
import { attentionShapeError, selfAttention } from '@/lib/math/attention';
import { ATTENTION_PRESETS, attentionStateFromProps, decodeAttentionState, DEFAULT_ATTENTION_PRESET, randomMatrices, type AttentionProps, type AttentionState } from '@/lib/widgets/attention-state';
import { widgetHashKey } from '@/lib/widgets/hash-state';
import { ui } from '@/lib/ui-text/zh';
import { useWidgetState } from '../shared/use-widget-state';
import { WidgetFrame } from '../shared/widget-frame';
import { AttentionControls } from './attention-controls';
import { AttentionResultView } from './attention-result';
import { MatrixEditor } from './matrix-editor';

const a = ui.widgets.attention;
const HEAD_CHOICES = [1, 2, 4, 8];

/** `<SelfAttention preset="seed" causal />`: Q, K, V, scores, softmax weights and outputs, per head. */
export function SelfAttention(props: AttentionProps & { id?: unknown }) {
  const { state, update, frame, messages: common } = useWidgetState<AttentionState>({
    fromProps: () => {
      const { state, bad } = attentionStateFromProps(props);
      return { state, bad, preset: bad ? DEFAULT_ATTENTION_PRESET : String(props.preset ?? DEFAULT_ATTENTION_PRESET) };
    },
    presets: ATTENTION_PRESETS,
    hashKey: widgetHashKey('attention', props.id),
    decode: decodeAttentionState,
  });

  const error = state.tokens.length !== state.x.length ? 'shape' : attentionShapeError(state, state.heads);
  const computed = useMemo(() => (error ? null : { tokens: state.tokens, result: selfAttention(state, state.heads, { ...state, temperature: state.t }) }), [state, error]);
  // While the input is inconsistent, keep showing the last consistent result.
  const [lastGood, setLastGood] = useState(computed);
  if (computed && computed !== lastGood) setLastGood(computed);
  const shown = computed ?? lastGood;

  const dq = state.wq[0]?.length ?? 0;
  const dv = state.wv[0]?.length ?? 0;
  const headOptions = HEAD_CHOICES.filter((h) => h <= dq && dq % h === 0 && dv % h === 0);
  const messages = [
    ...common,
    ...(error ? [`${a.errors[error]}。${ui.widgets.common.keptLast}`] : []),
  ];

  return (
    <WidgetFrame
      testId="widget-self-attention"
      title={a.title}
      presets={a.presets}
      {...frame}
      messages={messages}
    >
      <div className="space-y-5">
        <AttentionControls state={state} headOptions={headOptions.length ? headOptions : [1]} onChange={update} />
        <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <summary className="cursor-pointer font-medium">{a.editMatrices}</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <MatrixEditor name="X" value={state.x} onCommit={(x) => update({ x })} />
            <MatrixEditor name="W_Q" value={state.wq} onCommit={(wq) => update({ wq })} />
            <MatrixEditor name="W_K" value={state.wk} onCommit={(wk) => update({ wk })} />
            <MatrixEditor name="W_V" value={state.wv} onCommit={(wv) => update({ wv })} />
          </div>
          <button
            type="button"
            className="widget-button mt-3"
            onClick={() => {
              const seed = state.seed + 1;
              update({ seed, ...randomMatrices(seed, state.tokens.length, state.x[0]?.length || 4, dq || 4) });
            }}
          >
            {a.randomize}
          </button>
        </details>
        {shown && <AttentionResultView tokens={shown.tokens} result={shown.result} scale={state.scale} t={state.t} />}
      </div>
    </WidgetFrame>
  );
}
