import type { Rules } from './param-state';

export interface L1L2State {
  /** The unregularised optimum w*. */
  wx: number;
  wy: number;
  /** Curvatures of the loss along its principal axes, turned by `angle` degrees. */
  a1: number;
  a2: number;
  angle: number;
  /** Constraint budget C: ‖w‖₁ ≤ C and ‖w‖₂ ≤ C. */
  budget: number;
  /** λ of the 1-D comparison, and the unregularised value z probed there. */
  lambda: number;
  z: number;
}

export const W_MAX = 5;
const coord = { min: -W_MAX, max: W_MAX };
export const L1L2_RULES: Rules<L1L2State> = {
  wx: coord,
  wy: coord,
  a1: { min: 0.05, max: 20 },
  a2: { min: 0.05, max: 20 },
  angle: { min: -90, max: 90 },
  budget: { min: 0.1, max: W_MAX },
  lambda: { min: 0, max: 5 },
  z: coord,
};

const base: L1L2State = { wx: 2, wy: 1, a1: 1, a2: 1, angle: 0, budget: 1, lambda: 1, z: 0.8 };
export const L1L2_PRESETS: Record<string, L1L2State> = {
  round: base,
  elongated: { ...base, a2: 3 },
  rotated: { ...base, wx: 1.5, wy: 1.2, a2: 0.2, angle: 30 },
  inside: { ...base, wx: 0.4, wy: 0.3 },
};
export const DEFAULT_L1L2_PRESET = 'round';
