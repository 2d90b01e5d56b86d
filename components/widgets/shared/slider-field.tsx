import { formatNumber } from '@/lib/widgets/format-number';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from './number-field';
import { RangeField } from './range-field';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** What the slider announces; defaults to the label and the value. */
  valueText?: string;
  integer?: boolean;
  testId: string;
}

/** A slider for quick moves (arrow keys step exactly) and a box for typing an exact value. */
export function SliderField({ label, value, min, max, step, onChange, valueText, integer, testId }: Props) {
  const text = valueText ?? `${label} = ${formatNumber(value, 4)}`;
  return (
    <div className="grid grid-cols-[1fr_5.5rem] items-end gap-2">
      <RangeField label={label} value={value} min={min} max={max} step={step} valueText={text} onChange={(v) => onChange(Number(v.toPrecision(12)))} testId={`${testId}-slider`} />
      <NumberField label={ui.widgets.exactValue(label)} hideLabel value={value} onCommit={onChange} rule={{ min, max, integer }} testId={`${testId}-exact`} />
    </div>
  );
}
