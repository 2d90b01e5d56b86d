/**
 * ROC and PR curves, AUC (trapezoid and Mann–Whitney rank forms) and confusion matrices.
 * A sample is predicted positive when score ≥ threshold. Tied scores move together: they form
 * one step of the curve (a diagonal segment in ROC space), which is how ties count half.
 */

export interface ScoredLabel {
  score: number;
  label: 0 | 1;
}

export interface RocModel {
  pos: number;
  neg: number;
  /** Distinct scores, descending. */
  thresholds: number[];
  /** tp[k], fp[k]: counts predicted positive when the k highest distinct scores are (k = 0…D). */
  tp: Int32Array;
  fp: Int32Array;
}

export type RocProblem = 'empty' | 'no-positives' | 'no-negatives' | 'all-tied';

export function buildRocModel(data: readonly ScoredLabel[]): RocModel {
  const sorted = [...data].sort((a, b) => b.score - a.score);
  const thresholds: number[] = [];
  const tp = [0];
  const fp = [0];
  for (let i = 0; i < sorted.length; ) {
    const s = sorted[i]!.score;
    let t = tp[tp.length - 1]!;
    let f = fp[fp.length - 1]!;
    for (; i < sorted.length && sorted[i]!.score === s; i++) {
      if (sorted[i]!.label === 1) t++;
      else f++;
    }
    thresholds.push(s);
    tp.push(t);
    fp.push(f);
  }
  return { pos: tp[tp.length - 1]!, neg: fp[fp.length - 1]!, thresholds, tp: Int32Array.from(tp), fp: Int32Array.from(fp) };
}

/** What makes the curves meaningless (or trivial) for this data, most severe first. */
export function rocProblem(m: RocModel): RocProblem | null {
  if (m.pos + m.neg === 0) return 'empty';
  if (m.pos === 0) return 'no-positives';
  if (m.neg === 0) return 'no-negatives';
  if (m.thresholds.length === 1) return 'all-tied';
  return null;
}

export interface Point {
  x: number;
  y: number;
}

/** ROC vertices (FPR, TPR) from (0,0) to (1,1), one per distinct threshold. Needs pos, neg > 0. */
export function rocPoints(m: RocModel): Point[] {
  return Array.from(m.tp, (t, k) => ({ x: m.fp[k]! / m.neg, y: t / m.pos }));
}

export function aucTrapezoid(points: readonly Point[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.x - a.x) * (a.y + b.y)) / 2;
  }
  return area;
}

export interface RankStats {
  /** Σ of the positives' ranks (ascending by score, ties get their average rank). */
  rankSum: number;
  positives: number;
  negatives: number;
}

export function rankStats(data: readonly ScoredLabel[]): RankStats {
  const sorted = [...data].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let m = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const avgRank = (i + 1 + j) / 2; // ranks i+1 … j
    for (let k = i; k < j; k++) {
      if (sorted[k]!.label !== 1) continue;
      rankSum += avgRank;
      m++;
    }
    i = j;
  }
  return { rankSum, positives: m, negatives: sorted.length - m };
}

/** Mann–Whitney: (Σ ranks of positives − M(M+1)/2) / (M·N). NaN-free callers check rocProblem first. */
export function aucRank(data: readonly ScoredLabel[]): number {
  const { rankSum, positives: m, negatives: n } = rankStats(data);
  return (rankSum - (m * (m + 1)) / 2) / (m * n);
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Confusion matrix when the k highest distinct scores are predicted positive; O(1). */
export function confusionAt(m: RocModel, k: number): Confusion {
  const i = Math.max(0, Math.min(m.thresholds.length, Math.trunc(k)));
  const tp = m.tp[i]!;
  const fp = m.fp[i]!;
  return { tp, fp, tn: m.neg - fp, fn: m.pos - tp };
}

export interface Metrics {
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
}

/** Rates from a confusion matrix; a rate whose denominator is 0 is null (undefined), never NaN. */
export function metricsOf(c: Confusion): Metrics {
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    tpr: recall,
    fpr: ratio(c.fp, c.fp + c.tn),
    precision,
    recall,
    f1,
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}

/** PR vertices (recall, precision) for k = 1…D, preceded by (0, 1) as scikit-learn draws it. Needs pos > 0. */
export function prPoints(m: RocModel): Point[] {
  const pts: Point[] = [{ x: 0, y: 1 }];
  for (let k = 1; k < m.tp.length; k++) pts.push({ x: m.tp[k]! / m.pos, y: m.tp[k]! / (m.tp[k]! + m.fp[k]!) });
  return pts;
}

/** Average precision AP = Σ_k (R_k − R_{k−1})·P_k (step-wise, as scikit-learn computes it). */
export function averagePrecision(m: RocModel): number {
  let ap = 0;
  for (let k = 1; k < m.tp.length; k++) {
    const dRecall = (m.tp[k]! - m.tp[k - 1]!) / m.pos;
    if (dRecall > 0) ap += (dRecall * m.tp[k]!) / (m.tp[k]! + m.fp[k]!);
  }
  return ap;
}

/** k for a threshold: how many distinct scores are ≥ it (null = +∞ → 0). Binary search, O(log D). */
export function thresholdIndex(m: RocModel, threshold: number | null): number {
  if (threshold === null) return 0;
  let lo = 0;
  let hi = m.thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.thresholds[mid]! >= threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
