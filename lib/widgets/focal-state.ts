import type { Rules } from './param-state';

export interface FocalState {
  gamma: number;
  alpha: number;
  /** Whether α_t weights the classes; off = the note's "modulating factor only" view (α_t ≡ 1). */
  useAlpha: boolean;
  /** The p_t probed on the curves. */
  pt: number;
  hardCount: number;
  hardPt: number;
  easyCount: number;
  easyPt: number;
}

const prob = { min: 0.0001, max: 1 };
const count = { min: 0, max: 1_000_000, integer: true };
export const FOCAL_RULES: Rules<FocalState> = {
  gamma: { min: 0, max: 10 },
  alpha: { min: 0, max: 1 },
  useAlpha: { check: (v) => typeof v === 'boolean' },
  pt: prob,
  hardCount: count,
  hardPt: prob,
  easyCount: count,
  easyPt: prob,
};

const batch = { hardCount: 1, hardPt: 0.1, easyCount: 1000, easyPt: 0.9 };
export const FOCAL_PRESETS: Record<string, FocalState> = {
  note: { gamma: 2, alpha: 0.25, useAlpha: false, pt: 0.9, ...batch },
  paper: { gamma: 2, alpha: 0.25, useAlpha: true, pt: 0.9, ...batch },
  ce: { gamma: 0, alpha: 0.25, useAlpha: false, pt: 0.9, ...batch },
  strong: { gamma: 5, alpha: 0.25, useAlpha: false, pt: 0.5, ...batch },
};
export const DEFAULT_FOCAL_PRESET = 'note';

/** α_t of the hard (positive, α) and easy (negative, 1 − α) groups; 1 when α is switched off. */
export const groupAlphas = (s: FocalState): [number, number] => (s.useAlpha ? [s.alpha, 1 - s.alpha] : [1, 1]);
