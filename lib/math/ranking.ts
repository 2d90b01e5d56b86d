/**
 * Ranking metrics of one query's ranked list of relevance grades (position 1 first).
 * Undefined values (no relevant item, IDCG = 0) are null, never NaN.
 */

export type Gain = 'linear' | 'exp';

export const gainOf = (grade: number, gain: Gain) => (gain === 'exp' ? 2 ** grade - 1 : grade);

/** 1 / log2(i + 1) for position i (1-based). */
export const discount = (i: number) => 1 / Math.log2(i + 1);

/** DCG@k: Σ_{i ≤ k} gain(r_i) / log2(i + 1). */
export function dcg(grades: readonly number[], k: number, gain: Gain): number {
  return grades.slice(0, k).reduce((sum, r, i) => sum + gainOf(r, gain) * discount(i + 1), 0);
}

/** The ideal ordering: grades from high to low. */
export const idealOrder = (grades: readonly number[]) => [...grades].sort((a, b) => b - a);

export interface Ndcg {
  dcg: number;
  idcg: number;
  /** null when IDCG = 0 (no item with a positive grade). */
  ndcg: number | null;
}

export function ndcg(grades: readonly number[], k: number, gain: Gain): Ndcg {
  const d = dcg(grades, k, gain);
  const i = dcg(idealOrder(grades), k, gain);
  return { dcg: d, idcg: i, ndcg: i > 0 ? d / i : null };
}

/** 1 / rank of the first item with grade ≥ threshold; 0 when there is none (the usual convention). */
export function reciprocalRank(grades: readonly number[], threshold: number): { rank: number | null; rr: number } {
  const i = grades.findIndex((r) => r >= threshold);
  return i < 0 ? { rank: null, rr: 0 } : { rank: i + 1, rr: 1 / (i + 1) };
}

export interface AveragePrecision {
  /** P@k at each relevant position k (1-based). */
  terms: { k: number; precision: number }[];
  /** R: relevant items in the list plus relevant items the list missed. */
  relevantTotal: number;
  /** null when R = 0. */
  ap: number | null;
}

/** AP = (1/R) Σ P@k·rel(k); `missed` relevant items count in R and contribute 0. */
export function averagePrecision(grades: readonly number[], threshold: number, missed = 0): AveragePrecision {
  const terms: { k: number; precision: number }[] = [];
  let hits = 0;
  grades.forEach((r, i) => {
    if (r >= threshold) {
      hits++;
      terms.push({ k: i + 1, precision: hits / (i + 1) });
    }
  });
  const relevantTotal = hits + missed;
  const sum = terms.reduce((a, t) => a + t.precision, 0);
  return { terms, relevantTotal, ap: relevantTotal > 0 ? sum / relevantTotal : null };
}

/** The list with item i moved by `by` places (clamped to the ends). */
export function move<T>(xs: readonly T[], i: number, by: number): T[] {
  const j = Math.max(0, Math.min(xs.length - 1, i + by));
  const out = [...xs];
  const [x] = out.splice(i, 1);
  out.splice(j, 0, x!);
  return out;
}
