import { NORMS, type Norm } from '@/lib/math/normalization';
import { isMatrix } from './hash-state';
import type { Rules } from './param-state';

export interface NormState {
  /** The tensor as B·T rows of H numbers, sample by sample. */
  rows: number[][];
  batch: number;
  norm: Norm;
  /** GroupNorm's G; must divide H. */
  groups: number;
  /** Index of the highlighted group (in the order groups first appear). */
  selected: number;
  eps: number;
}

export const ROWS_MAX = 16;
export const H_MAX = 8;
export const B_MAX = 4;

const tensorRows = (v: unknown) => isMatrix(v) && v.length >= 1 && v.length <= ROWS_MAX && v[0]!.length >= 1 && v[0]!.length <= H_MAX && v.every((r) => r.length === v[0]!.length);

export const NORM_RULES: Rules<NormState> = {
  rows: { check: tensorRows },
  batch: { min: 1, max: B_MAX, integer: true },
  norm: { options: NORMS },
  groups: { min: 1, max: H_MAX, integer: true },
  selected: { min: 0, max: ROWS_MAX * H_MAX, integer: true },
  eps: { min: 0, max: 1 },
};

export const normConsistent = (s: NormState) => s.rows.length % s.batch === 0 && s.rows[0]!.length % s.groups === 0;

/** Divisors of n up to max, ascending: the batch sizes a row count allows, or GN's possible G. */
export const divisors = (n: number, max = n) => Array.from({ length: Math.min(n, max) }, (_, i) => i + 1).filter((d) => n % d === 0);

const shape234 = [[1, 2, 3, 4], [2, 0, 1, 5], [3, 3, 0, 2], [0, 1, 2, 8], [4, 2, 2, 1], [1, 5, 3, 0]];
export const NORM_PRESETS: Record<string, NormState> = {
  'shape-bn': { rows: shape234, batch: 2, norm: 'bn', groups: 2, selected: 0, eps: 0 },
  'shape-ln': { rows: shape234, batch: 2, norm: 'ln', groups: 2, selected: 0, eps: 0 },
  'hand-ln': { rows: [[1, 2, 3], [3, 6, 9]], batch: 2, norm: 'ln', groups: 1, selected: 0, eps: 0 },
  'hand-bn': { rows: [[1, 2, 3], [3, 6, 9]], batch: 2, norm: 'bn', groups: 1, selected: 0, eps: 0 },
  rms: { rows: [[1, 2, 3]], batch: 1, norm: 'rms', groups: 1, selected: 0, eps: 0 },
  gn: { rows: shape234, batch: 2, norm: 'gn', groups: 2, selected: 0, eps: 0 },
};
export const DEFAULT_NORM_PRESET = 'shape-bn';
