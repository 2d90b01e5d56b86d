import { OPTIMIZERS, SURFACES, type SurfaceName } from '@/lib/math/optimizers';
import type { Rules } from './param-state';

export interface OptimizerState {
  surface: SurfaceName;
  x0: number;
  y0: number;
  lr: number;
  lrAdam: number;
  momentum: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
  /** The step shown (trajectories are computed up to STEPS_MAX). */
  step: number;
  /** Which optimisers are drawn, in OPTIMIZERS order. */
  show: boolean[];
}

export const STEPS_MAX = 500;
const beta = { min: 0, max: 0.9999 };
export const OPTIMIZER_RULES: Rules<OptimizerState> = {
  surface: { options: SURFACES },
  x0: { min: -10, max: 10 },
  y0: { min: -10, max: 10 },
  lr: { min: 0, max: 10 },
  lrAdam: { min: 0, max: 10 },
  momentum: beta,
  beta1: beta,
  beta2: beta,
  weightDecay: { min: 0, max: 10 },
  step: { min: 0, max: STEPS_MAX, integer: true },
  show: { check: (v) => Array.isArray(v) && v.length === OPTIMIZERS.length && v.every((b) => typeof b === 'boolean') },
};

const all = OPTIMIZERS.map(() => true);
const common = { momentum: 0.9, beta1: 0.9, beta2: 0.999, weightDecay: 0.1, show: all };
export const OPTIMIZER_PRESETS: Record<string, OptimizerState> = {
  quadratic: { ...common, surface: 'quadratic', x0: -4, y0: 1.5, lr: 0.12, lrAdam: 0.1, step: 30 },
  'quadratic-fast': { ...common, surface: 'quadratic', x0: -4, y0: 1.5, lr: 0.15, lrAdam: 0.1, step: 30 },
  rosenbrock: { ...common, surface: 'rosenbrock', x0: -1.5, y0: 2, lr: 0.001, lrAdam: 0.05, step: 300 },
  saddle: { ...common, surface: 'saddle', x0: -2, y0: 0.001, lr: 0.1, lrAdam: 0.1, step: 60 },
};
export const DEFAULT_OPTIMIZER_PRESET = 'quadratic';
