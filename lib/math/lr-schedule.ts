/**
 * Learning-rate schedules: linear warmup for `warmup` steps up to `peak`, then a decay. Steps are
 * counted from 0; the warmup reaches the peak exactly at t = warmup.
 */

export const DECAYS = ['cosine', 'linear', 'step', 'invsqrt', 'constant'] as const;
export type Decay = (typeof DECAYS)[number];

export interface Schedule {
  peak: number;
  /** Floor of the cosine and linear decays (reached at `total`). */
  minLr: number;
  warmup: number;
  total: number;
  decay: Decay;
  /** Step decay: multiply by `stepGamma` every `stepEvery` steps after warmup. */
  stepEvery: number;
  stepGamma: number;
}

export type Phase = 'warmup' | 'decay' | 'done';

/** η_t and which part of the schedule t falls in. */
export function learningRate(s: Schedule, t: number): { lr: number; phase: Phase } {
  if (t < s.warmup) return { lr: (s.peak * t) / s.warmup, phase: 'warmup' };
  const span = s.total - s.warmup;
  const done = t >= s.total && s.decay !== 'invsqrt' && s.decay !== 'step' && s.decay !== 'constant';
  const u = span > 0 ? Math.min(1, (t - s.warmup) / span) : 1;
  let lr: number;
  switch (s.decay) {
    case 'constant':
      lr = s.peak;
      break;
    case 'linear':
      lr = s.minLr + (s.peak - s.minLr) * (1 - u);
      break;
    case 'cosine':
      lr = s.minLr + 0.5 * (s.peak - s.minLr) * (1 + Math.cos(Math.PI * u));
      break;
    case 'step':
      lr = s.peak * s.stepGamma ** Math.floor((t - s.warmup) / s.stepEvery);
      break;
    case 'invsqrt':
      // Noam: peak · √(T_w / t) after warmup (without warmup, √(1 / t) from step 1 on).
      lr = s.peak * Math.sqrt(Math.max(1, s.warmup) / Math.max(1, t));
      break;
  }
  return { lr, phase: done ? 'done' : t < s.warmup ? 'warmup' : 'decay' };
}

/** The schedule sampled at about `n` steps across [0, total] (every step when total ≤ n). */
export function scheduleCurve(s: Schedule, n = 400): [number, number][] {
  const stride = Math.max(1, Math.ceil(s.total / n));
  const pts: [number, number][] = [];
  for (let t = 0; t < s.total; t += stride) pts.push([t, learningRate(s, t).lr]);
  pts.push([s.total, learningRate(s, s.total).lr]);
  return pts;
}

/** Noam's peak 1/√(d_model · T_w) (Vaswani et al., 2017). */
export const noamPeak = (dModel: number, warmup: number) => 1 / Math.sqrt(dModel * warmup);
