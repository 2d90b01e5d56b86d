import { DECAYS, noamPeak, type Schedule } from '@/lib/math/lr-schedule';
import type { Rules } from './param-state';

export interface LrState extends Schedule {
  /** The step whose learning rate is read out. */
  t: number;
}

export const LR_TOTAL_MAX = 10_000_000;
const steps = { min: 0, max: LR_TOTAL_MAX, integer: true };
export const LR_RULES: Rules<LrState> = {
  peak: { min: 1e-9, max: 10 },
  minLr: { min: 0, max: 10 },
  warmup: steps,
  total: { min: 1, max: LR_TOTAL_MAX, integer: true },
  decay: { options: DECAYS },
  stepEvery: { min: 1, max: LR_TOTAL_MAX, integer: true },
  stepGamma: { min: 0, max: 1 },
  t: steps,
};

/** Cross-field rules: warmup and the probed step lie within the run, the floor below the peak. */
export const lrConsistent = (s: LrState) => s.warmup <= s.total && s.t <= s.total && s.minLr <= s.peak;

const bert: LrState = { peak: 2e-5, minLr: 0, warmup: 1000, total: 10000, decay: 'linear', stepEvery: 1000, stepGamma: 0.5, t: 5500 };
export const LR_PRESETS: Record<string, LrState> = {
  'warmup-linear': bert,
  cosine: { ...bert, warmup: 0, total: 1000, decay: 'cosine', t: 250 },
  'warmup-cosine': { ...bert, peak: 3e-4, minLr: 3e-5, warmup: 2000, total: 100000, decay: 'cosine', t: 2000 },
  noam: { ...bert, peak: noamPeak(512, 4000), warmup: 4000, total: 20000, decay: 'invsqrt', t: 16000 },
  step: { ...bert, peak: 0.1, warmup: 0, total: 90, decay: 'step', stepEvery: 30, stepGamma: 0.1, t: 45 },
};
export const DEFAULT_LR_PRESET = 'warmup-linear';
