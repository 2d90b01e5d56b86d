import type { GeneratorParams } from '@/lib/math/score-generator';
import { formatNumber } from '@/lib/widgets/format-number';
import { ROC_LIMITS, totalPoints } from '@/lib/widgets/roc-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { RangeField } from '../shared/range-field';

const r = ui.widgets.roc;
const COPIES = [1, 2, 5, 10, 20, 50, 100];

/** Two class-conditional score distributions: separation, spread, counts, class ratio, seed. */
export function GeneratorControls({ gen, onChange }: { gen: GeneratorParams; onChange: (g: GeneratorParams) => void }) {
  const set = (patch: Partial<GeneratorParams>) => onChange({ ...gen, ...patch });
  const countRule = { min: 0, max: ROC_LIMITS.points, integer: true };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <RangeField label={r.separation} value={gen.separation} min={0} max={ROC_LIMITS.separation} step={0.1} valueText={`d′ = ${formatNumber(gen.separation, 1)}`} onChange={(v) => set({ separation: v })} testId="roc-separation" />
      <RangeField label={r.spread} value={gen.spread} min={ROC_LIMITS.spreadMin} max={ROC_LIMITS.spreadMax} step={0.1} valueText={`σ = ${formatNumber(gen.spread, 1)}`} onChange={(v) => set({ spread: v })} testId="roc-spread" />
      <NumberField label={r.positives} value={gen.positives} onCommit={(v) => set({ positives: v })} rule={countRule} testId="roc-positives" />
      <NumberField label={r.negatives} value={gen.negatives} onCommit={(v) => set({ negatives: v })} rule={countRule} testId="roc-negatives" />
      <div>
        <RangeField
          label={r.copies}
          value={Math.max(0, COPIES.indexOf(gen.negativeCopies))}
          min={0}
          max={COPIES.length - 1}
          step={1}
          valueText={`×${gen.negativeCopies}`}
          onChange={(i) => set({ negativeCopies: COPIES[i] ?? 1 })}
          testId="roc-copies"
        />
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {r.ratioNow(gen.positives, gen.negatives * gen.negativeCopies)} · n = {totalPoints(gen)}
        </p>
      </div>
      <NumberField label={r.seed} value={gen.seed} onCommit={(v) => set({ seed: v })} rule={{ min: 0, max: 2 ** 31, integer: true }} testId="roc-seed" />
    </div>
  );
}
