'use client';

import { useMemo, useState } from 'react';
import type { ScoredLabel } from '@/lib/math/roc';
import { decodeRocState, DEFAULT_ROC_PRESET, generatorProblem, ROC_LIMITS, ROC_PRESETS, rocData, rocStateFromProps, type RocState } from '@/lib/widgets/roc-state';
import { widgetHashKey } from '@/lib/widgets/hash-state';
import { ui } from '@/lib/ui-text/zh';
import { useWidgetState } from '../shared/use-widget-state';
import { WidgetFrame } from '../shared/widget-frame';
import { GeneratorControls } from './generator-controls';
import { RocAnalysis } from './roc-analysis';
import { RocDataTable } from './roc-data-table';

const r = ui.widgets.roc;

/** `<RocAuc preset="syllabus" />`: threshold → confusion matrix, ROC and PR points; AUC two ways; AP. */
export function RocAuc(props: { preset?: unknown; id?: unknown }) {
  const { state, update, frame, messages: common } = useWidgetState<RocState>({
    fromProps: () => {
      const { state, bad } = rocStateFromProps(props);
      return { state, bad, preset: bad ? DEFAULT_ROC_PRESET : String(props.preset ?? DEFAULT_ROC_PRESET) };
    },
    presets: ROC_PRESETS,
    hashKey: widgetHashKey('roc', props.id),
    decode: decodeRocState,
  });

  const { mode, rows, gen } = state;
  const genProblem = mode === 'generator' ? generatorProblem(gen) : null;
  // Not keyed on the threshold: regenerating 10,000 scores per slider step would blow the frame budget.
  const fresh = useMemo(() => (genProblem ? null : rocData({ mode, rows, gen, threshold: null })), [mode, rows, gen, genProblem]);
  // With unusable generator settings, keep analysing the last usable data.
  const [lastData, setLastData] = useState<ScoredLabel[]>(fresh ?? []);
  if (fresh && fresh !== lastData) setLastData(fresh);
  const data = fresh ?? lastData;

  const messages = [
    ...common,
    ...(genProblem ? [`${r.tooManyPoints(ROC_LIMITS.points)}，${ui.widgets.common.keptLast}`] : []),
  ];

  return (
    <WidgetFrame
      testId="widget-roc-auc"
      title={r.title}
      presets={r.presets}
      {...frame}
      messages={messages}
    >
      <div className="space-y-5">
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">{r.mode}</legend>
          <span aria-hidden="true" className="text-zinc-600 dark:text-zinc-400">{r.mode}</span>
          {(['table', 'generator'] as const).map((mode) => (
            <button key={mode} type="button" aria-pressed={state.mode === mode} className="widget-button" data-testid={`roc-mode-${mode}`} onClick={() => update({ mode })}>
              {mode === 'table' ? r.modeTable : r.modeGenerator}
            </button>
          ))}
        </fieldset>
        {state.mode === 'table' ? <RocDataTable rows={state.rows} onChange={(rows) => update({ rows })} /> : <GeneratorControls gen={state.gen} onChange={(gen) => update({ gen })} />}
        <RocAnalysis data={data} threshold={state.threshold} onThreshold={(threshold) => update({ threshold })} />
      </div>
    </WidgetFrame>
  );
}
