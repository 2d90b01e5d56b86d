import { useId } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** What a screen reader announces, and what is printed next to the slider. */
  valueText: string;
  onChange: (v: number) => void;
  testId?: string;
}

/** A labelled native slider (arrow keys, Page keys, Home/End work) with its value printed. */
export function RangeField({ label, value, min, max, step, valueText, onChange, testId }: Props) {
  const id = useId();
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-zinc-700 dark:text-zinc-300">
          {label}
        </label>
        <output htmlFor={id} className="font-mono text-xs text-zinc-900 dark:text-zinc-100">
          {valueText}
        </output>
      </div>
      <input id={id} type="range" data-testid={testId} min={min} max={max} step={step} value={value} aria-valuetext={valueText} onChange={(e) => onChange(Number(e.target.value))} className="widget-range w-full" />
    </div>
  );
}
