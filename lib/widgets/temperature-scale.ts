/** The log-scale temperature slider: pointer drags are continuous, keys jump between round values. */

export const T_SLIDER_MIN = 0.01;
export const T_SLIDER_MAX = 100;
export const TEMPERATURE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10, 20, 50, 100] as const;

/** 3 significant digits: what a slider position can honestly claim. */
const round3 = (x: number) => Number(x.toPrecision(3));

/** Slider position (log10 T, in [−2, 2]) → T. */
export const positionToTemperature = (pos: number) => round3(10 ** Math.min(2, Math.max(-2, pos)));

/** T → slider position, clamped to the slider's range. */
export const temperatureToPosition = (t: number) => Math.min(2, Math.max(-2, Math.log10(t)));

/** The next round temperature above (dir = 1) or below (dir = −1) t, staying within the slider range. */
export function stepTemperature(t: number, dir: 1 | -1): number {
  if (dir === 1) return TEMPERATURE_STEPS.find((s) => s > t * (1 + 1e-9)) ?? T_SLIDER_MAX;
  return [...TEMPERATURE_STEPS].reverse().find((s) => s < t * (1 - 1e-9)) ?? T_SLIDER_MIN;
}
