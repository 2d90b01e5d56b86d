import type { KeyboardEvent } from 'react';
import { formatNumber } from '@/lib/widgets/format-number';
import { positionToTemperature, stepTemperature, temperatureToPosition, T_SLIDER_MAX, T_SLIDER_MIN } from '@/lib/widgets/temperature-scale';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from './number-field';

const c = ui.widgets.common;

interface Props {
  t: number;
  onChange: (t: number) => void;
  sliderLabel: string;
  /** Range accepted by the exact entry box (the slider covers 0.01–100). */
  min: number;
  max: number;
  testId: string;
}

/** Log-scale slider (arrows step through round values, Page keys ×/÷10) plus an exact entry box. */
export function TemperatureControl({ t, onChange, sliderLabel, min, max, testId }: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next: Record<string, number> = {
      ArrowRight: stepTemperature(t, 1),
      ArrowUp: stepTemperature(t, 1),
      ArrowLeft: stepTemperature(t, -1),
      ArrowDown: stepTemperature(t, -1),
      PageUp: Math.min(T_SLIDER_MAX, t * 10),
      PageDown: Math.max(T_SLIDER_MIN, t / 10),
      Home: T_SLIDER_MIN,
      End: T_SLIDER_MAX,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    onChange(Number(next[e.key]!.toPrecision(3)));
  };
  return (
    <div className="grid items-end gap-3 sm:grid-cols-[1fr_9rem]">
      <label className="block">
        <span className="mb-1 block text-zinc-700 dark:text-zinc-300">{sliderLabel}</span>
        <input
          type="range"
          data-testid={`${testId}-slider`}
          min={-2}
          max={2}
          step={0.001}
          value={temperatureToPosition(t)}
          aria-valuetext={c.temperatureValue(formatNumber(t, 4))}
          onKeyDown={onKeyDown}
          onChange={(e) => onChange(positionToTemperature(Number(e.target.value)))}
          className="widget-range w-full"
        />
        <span aria-hidden="true" className="flex justify-between text-xs text-zinc-500 dark:text-zinc-400">
          <span>0.01</span>
          <span>0.1</span>
          <span>1</span>
          <span>10</span>
          <span>100</span>
        </span>
      </label>
      <NumberField label={c.temperatureExact} value={t} onCommit={onChange} rule={{ min, max }} testId={`${testId}-exact`} />
    </div>
  );
}
