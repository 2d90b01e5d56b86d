import { SAMPLES_MAX } from '@/lib/widgets/softmax-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';

const s = ui.widgets.softmax;

interface Props {
  samples: number;
  onSamples: (n: number) => void;
  onDraw: () => void;
}

/** Controls for drawing N samples; the frequencies appear as a column of the probability table. */
export function SamplingDemo({ samples, onSamples, onDraw }: Props) {
  return (
    <fieldset className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="px-1 font-medium">{s.sampling}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <NumberField label={s.sampleCount} value={samples || 1000} onCommit={onSamples} rule={{ min: 1, max: SAMPLES_MAX, integer: true }} className="w-36" testId="softmax-samples" />
        <button type="button" className="widget-button" onClick={onDraw}>
          {samples ? s.redraw : s.draw}
        </button>
      </div>
      <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{s.samplingHint}</p>
    </fieldset>
  );
}
