import { createRng, randomMatrix } from '../math/random';
import type { Matrix } from '../math/matrix';
import { isFiniteNumber, isMatrix, isNumberArray, isRecord, isStringArray } from './hash-state';

export interface AttentionState {
  tokens: string[];
  x: Matrix;
  wq: Matrix;
  wk: Matrix;
  wv: Matrix;
  scale: boolean;
  causal: boolean;
  /** Key positions marked as padding. */
  padded: number[];
  /** Extra softmax temperature, T_MIN ≤ t ≤ T_MAX. */
  t: number;
  heads: number;
  /** Seed of the last "random matrices" draw. */
  seed: number;
}

export const ATTN_LIMITS = { tokens: 12, dims: 8, entry: 100, tokenLength: 12, tMin: 0.01, tMax: 100 } as const;

// Syllabus 1.1 worked example (unscaled, as the seed notes compute it).
const SEED_EXAMPLE: AttentionState = {
  tokens: ['我', '爱', '猫'],
  x: [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
  wq: [[1, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 1]],
  wk: [[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 1, 0]],
  wv: [[0, 2, 0], [0, 3, 0], [1, 0, 3], [1, 1, 0]],
  scale: false,
  causal: false,
  padded: [],
  t: 1,
  heads: 1,
  seed: 1,
};

/** X in [−xScale, xScale] and the projections in [−wScale, wScale], drawn from `seed`. */
export function randomMatrices(seed: number, tokens: number, dModel: number, dk: number, xScale = 2, wScale = 1): Pick<AttentionState, 'x' | 'wq' | 'wk' | 'wv'> {
  const rng = createRng(seed);
  const w = () => randomMatrix(dModel, dk, rng, wScale);
  return { x: randomMatrix(tokens, dModel, rng, xScale), wq: w(), wk: w(), wv: w() };
}

/** X with exactly n rows: extra rows dropped, missing ones drawn from `seed` (so a new token gets an embedding). */
export function resizeRows(x: Matrix, n: number, seed: number): Matrix {
  if (x.length >= n) return x.slice(0, n);
  return [...x, ...randomMatrix(n - x.length, x[0]?.length ?? 4, createRng(seed * 31 + n), 2)];
}

export const ATTENTION_PRESETS: Record<string, AttentionState> = {
  seed: SEED_EXAMPLE,
  random: { ...SEED_EXAMPLE, tokens: ['今天', '天气', '真', '好'], ...randomMatrices(7, 4, 4, 4), scale: true, seed: 7 },
  // Entries scaled so q and k components have variance ≈ 1: then Var(q·k) ≈ d_k = 8 (syllabus 1.2).
  scaling: { ...SEED_EXAMPLE, tokens: ['猫', '坐', '在', '软', '垫子', '上'], ...randomMatrices(20, 6, 8, 8, 1.7, 0.6), seed: 20 },
  multihead: { ...SEED_EXAMPLE, tokens: ['我', '喜欢', '在', '周末', '看', '书'], ...randomMatrices(11, 6, 8, 8), scale: true, heads: 2, seed: 11 },
};
export const DEFAULT_ATTENTION_PRESET = 'seed';

const within = (m: Matrix, rows: number) => m.length >= 1 && m.length <= rows && m.every((r) => r.length >= 1 && r.length <= ATTN_LIMITS.dims && r.every((v) => Math.abs(v) <= ATTN_LIMITS.entry));

/** Everything the widget can display without further checks (shapes are checked separately). */
export function validAttentionState(s: AttentionState): boolean {
  const n = s.tokens.length;
  return (
    n >= 1 &&
    n <= ATTN_LIMITS.tokens &&
    s.tokens.every((t) => t.length >= 1 && t.length <= ATTN_LIMITS.tokenLength) &&
    within(s.x, ATTN_LIMITS.tokens) &&
    [s.wq, s.wk, s.wv].every((w) => within(w, ATTN_LIMITS.dims)) &&
    s.padded.every((i) => Number.isInteger(i) && i >= 0 && i < n) &&
    isFiniteNumber(s.t) &&
    s.t >= ATTN_LIMITS.tMin &&
    s.t <= ATTN_LIMITS.tMax &&
    Number.isInteger(s.heads) &&
    s.heads >= 1 &&
    s.heads <= ATTN_LIMITS.dims &&
    Number.isInteger(s.seed)
  );
}

/** State from a share link, or null if anything is off. */
export function decodeAttentionState(raw: unknown): AttentionState | null {
  if (!isRecord(raw)) return null;
  const { tokens, x, wq, wk, wv, scale, causal, padded, t, heads, seed } = raw;
  if (!isStringArray(tokens) || !isMatrix(x) || !isMatrix(wq) || !isMatrix(wk) || !isMatrix(wv) || !isNumberArray(padded)) return null;
  if (typeof scale !== 'boolean' || typeof causal !== 'boolean' || !isFiniteNumber(t) || !isFiniteNumber(heads) || !isFiniteNumber(seed)) return null;
  const s: AttentionState = { tokens, x, wq, wk, wv, scale, causal, padded, t, heads, seed };
  return validAttentionState(s) ? s : null;
}

export interface AttentionProps {
  preset?: unknown;
  causal?: unknown;
  scale?: unknown;
  heads?: unknown;
  padded?: unknown;
  temperature?: unknown;
}

/** Initial state from MDX props (`preset`, then overrides); `bad` if some prop was unusable. */
export function attentionStateFromProps(p: AttentionProps): { state: AttentionState; bad: boolean } {
  const presetOk = p.preset === undefined || (typeof p.preset === 'string' && p.preset in ATTENTION_PRESETS);
  const base = ATTENTION_PRESETS[presetOk && typeof p.preset === 'string' ? p.preset : DEFAULT_ATTENTION_PRESET]!;
  const flag = (v: unknown, d: boolean) => (v === undefined ? d : v === true);
  const s: AttentionState = {
    ...base,
    causal: flag(p.causal, base.causal),
    scale: flag(p.scale, base.scale),
    heads: p.heads === undefined ? base.heads : (p.heads as number),
    padded: p.padded === undefined ? base.padded : (p.padded as number[]),
    t: p.temperature === undefined ? base.t : (p.temperature as number),
  };
  const typesOk = [p.causal, p.scale].every((v) => v === undefined || typeof v === 'boolean') && (p.padded === undefined || isNumberArray(p.padded));
  return presetOk && typesOk && validAttentionState(s) ? { state: s, bad: false } : { state: base, bad: true };
}
