import type { Rules } from './param-state';

export interface RopeState {
  /** Encoding size (even). */
  d: number;
  base: number;
  /** Query and key positions. */
  m: number;
  n: number;
  /** The 2-D pair shown in the rotation and interpolation views. */
  pair: number;
  q0: number;
  q1: number;
  k0: number;
  k1: number;
  trainLen: number;
  targetLen: number;
}

export const D_MAX = 64;
export const POS_MAX = 1_000_000;
const comp = { min: -100, max: 100 };
export const ROPE_RULES: Rules<RopeState> = {
  d: { check: (v) => Number.isInteger(v) && (v as number) >= 2 && (v as number) <= D_MAX && (v as number) % 2 === 0 },
  base: { min: 2, max: 1e7 },
  m: { min: 0, max: POS_MAX, integer: true },
  n: { min: 0, max: POS_MAX, integer: true },
  pair: { min: 0, max: D_MAX / 2 - 1, integer: true },
  q0: comp,
  q1: comp,
  k0: comp,
  k1: comp,
  trainLen: { min: 1, max: POS_MAX, integer: true },
  targetLen: { min: 1, max: POS_MAX, integer: true },
};

export const ropeConsistent = (s: RopeState) => s.pair < s.d / 2;

const base: RopeState = { d: 16, base: 10000, m: 3, n: 1, pair: 0, q0: 1, q1: 2, k0: 3, k1: -1, trainLen: 2048, targetLen: 8192 };
export const ROPE_PRESETS: Record<string, RopeState> = {
  'note-rope': { ...base, d: 2 },
  'note-sinusoid': { ...base, d: 4, m: 1, n: 2 },
  wide: { ...base, d: 64, m: 10, n: 30 },
  interpolation: { ...base, d: 8, pair: 3, m: 6000, n: 6000 },
};
export const DEFAULT_ROPE_PRESET = 'note-rope';
