/**
 * Numerically stable softmax with temperature, and the quantities the widgets read off it.
 *
 * Conventions (documented once, used everywhere):
 * - `-Infinity` (and NaN) logits are masked: their probability is exactly 0.
 * - A row where every logit is masked has no distribution: `softmax` returns all zeros and
 *   `isFullyMasked` says so, so callers can explain it instead of showing NaN.
 * - `+Infinity` logits, and the limit T → 0, give the argmax with ties split evenly.
 * - T = +Infinity gives the uniform distribution over the unmasked logits.
 */

const isMasked = (x: number) => Number.isNaN(x) || x === -Infinity;

export function isFullyMasked(logits: readonly number[]): boolean {
  return logits.every(isMasked);
}

/** Shifted, temperature-scaled logits d_i = (x_i − max)/T ≤ 0, or null when nothing is unmasked. */
function scaledGaps(logits: readonly number[], temperature: number): number[] | null {
  if (isFullyMasked(logits)) return null;
  const max = Math.max(...logits.filter((x) => !isMasked(x)));
  if (max === Infinity || !(temperature > 0)) {
    return logits.map((x) => (x === max ? 0 : -Infinity));
  }
  if (temperature === Infinity) return logits.map((x) => (isMasked(x) ? -Infinity : 0));
  // For T ≥ 1 divide first so x − max cannot overflow (±1e308); for T < 1 subtract first.
  return logits.map((x) => {
    if (isMasked(x)) return -Infinity;
    const d = temperature >= 1 ? x / temperature - max / temperature : (x - max) / temperature;
    return Number.isNaN(d) ? -Infinity : Math.min(0, d);
  });
}

/** softmax(x / T); T ≤ 0 is treated as the T → 0 limit. Returns zeros for a fully masked row. */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  const gaps = scaledGaps(logits, temperature);
  if (!gaps) return logits.map(() => 0);
  const exps = gaps.map(Math.exp);
  const sum = exps.reduce((a, b) => a + b, 0); // ≥ 1: the max contributes exp(0)
  return exps.map((e) => e / sum);
}

/** log Σ exp(d_i) for the gaps (in [0, log n]); the stable core of logsumexp. */
function logSumExpOfGaps(gaps: readonly number[]): number {
  return Math.log(gaps.reduce((a, d) => a + Math.exp(d), 0));
}

export interface LogSumExpBound {
  max: number;
  /** T·logsumexp(x/T) − x_max, computed without cancellation; lies in (0, T·log n]. */
  gap: number;
  /** T·logsumexp(x/T) itself (may round to x_max when |x_max| is huge). */
  value: number;
  /** x_max + T·log n, the upper bound. */
  upper: number;
  /** T·log n, the largest possible gap. */
  maxGap: number;
}

/** The soft-max bound x_max < T·logsumexp(x/T) ≤ x_max + T·log n, over the unmasked logits. */
export function logSumExpBound(logits: readonly number[], temperature = 1): LogSumExpBound | null {
  const live = logits.filter((x) => !isMasked(x));
  const gaps = scaledGaps(live, temperature);
  if (!gaps) return null;
  const max = Math.max(...live);
  const n = live.length;
  const t = temperature > 0 ? temperature : 0;
  const gap = t === 0 ? 0 : t === Infinity ? Infinity : t * logSumExpOfGaps(gaps);
  const maxGap = t === 0 ? 0 : t * Math.log(n);
  return { max, gap, value: max + gap, upper: max + maxGap, maxGap };
}
