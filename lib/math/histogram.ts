import type { ScoredLabel } from './roc';

export interface Bins {
  /** Score range covered: [lo, hi]. */
  lo: number;
  hi: number;
  /** Share of the positives / negatives in each bin; each array sums to 1 (or is all 0 for an absent class). */
  pos: number[];
  neg: number[];
}

/** Per-class score histograms over equal-width bins, normalised within each class so both show at any class ratio. */
export function binScores(data: readonly ScoredLabel[], bins = 40): Bins | null {
  if (data.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of data) {
    lo = Math.min(lo, d.score);
    hi = Math.max(hi, d.score);
  }
  if (hi === lo) {
    // A width relative to the score: lo + 1 rounds back to lo once |lo| > 2^53 (e.g. 1e17).
    const width = Math.max(1, Math.abs(lo));
    if (Number.isFinite(lo + width)) hi = lo + width;
    else lo -= width;
  }
  const pos = new Array<number>(bins).fill(0);
  const neg = new Array<number>(bins).fill(0);
  let np = 0;
  for (const d of data) {
    const b = Math.min(bins - 1, Math.floor(binFraction({ lo, hi }, d.score) * bins));
    if (d.label === 1) {
      pos[b]! += 1;
      np++;
    } else neg[b]! += 1;
  }
  const nn = data.length - np;
  return { lo, hi, pos: pos.map((c) => (np ? c / np : 0)), neg: neg.map((c) => (nn ? c / nn : 0)) };
}

/** Where `score` lies in [lo, hi] as a share in [0, 1], computed on halves so ±1e308 cannot overflow the span. */
export function binFraction({ lo, hi }: Pick<Bins, 'lo' | 'hi'>, score: number): number {
  const f = (score / 2 - lo / 2) / (hi / 2 - lo / 2);
  return Number.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0;
}
