import { describe, expect, it } from 'vitest';
import { aucRank, aucTrapezoid, rankStats, averagePrecision, buildRocModel, confusionAt, metricsOf, prPoints, rocPoints, rocProblem, thresholdIndex, type ScoredLabel } from './roc';

const rows = (labels: number[], scores: number[]): ScoredLabel[] => labels.map((l, i) => ({ label: l as 0 | 1, score: scores[i]! }));
// Syllabus 10.2.
const SYLLABUS = rows([1, 1, 0, 1, 0, 0], [0.9, 0.8, 0.7, 0.6, 0.55, 0.4]);

describe('AUC', () => {
  it('is 8/9 for the syllabus example, by trapezoids and by ranks', () => {
    const m = buildRocModel(SYLLABUS);
    expect(aucTrapezoid(rocPoints(m))).toBeCloseTo(8 / 9, 12);
    expect(aucRank(SYLLABUS)).toBeCloseTo(8 / 9, 12);
    // positive ranks 6 + 5 + 3 = 14; (14 − 3·4/2) / (3·3) = 8/9
    expect(rankStats(SYLLABUS)).toEqual({ rankSum: 14, positives: 3, negatives: 3 });
  });

  it('counts ties half, and both forms agree', () => {
    const tied = rows([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.1]);
    // pairs: (0.5+,0.5−) tie ½, (0.5+,0.1−) 1, (0.9+,·) 1 + 1 → 3.5 / 4
    expect(aucRank(tied)).toBeCloseTo(0.875, 12);
    expect(aucTrapezoid(rocPoints(buildRocModel(tied)))).toBeCloseTo(0.875, 12);
  });

  it('is 0.5 when every score is tied, flagged as a problem', () => {
    const flat = rows([1, 0, 0, 1], [0.3, 0.3, 0.3, 0.3]);
    const m = buildRocModel(flat);
    expect(rocProblem(m)).toBe('all-tied');
    expect(aucTrapezoid(rocPoints(m))).toBe(0.5);
    expect(aucRank(flat)).toBe(0.5);
  });

  it('does not change when every negative is duplicated (class ratio only)', () => {
    const doubled = [...SYLLABUS, ...SYLLABUS.filter((r) => r.label === 0)];
    expect(aucRank(doubled)).toBeCloseTo(8 / 9, 12);
    expect(rocPoints(buildRocModel(doubled))).toEqual(rocPoints(buildRocModel(SYLLABUS)));
    expect(averagePrecision(buildRocModel(doubled))).toBeLessThan(averagePrecision(buildRocModel(SYLLABUS)));
  });
});

describe('rocProblem', () => {
  it('names missing classes and empty data', () => {
    expect(rocProblem(buildRocModel([]))).toBe('empty');
    expect(rocProblem(buildRocModel(rows([0, 0], [0.1, 0.2])))).toBe('no-positives');
    expect(rocProblem(buildRocModel(rows([1, 1], [0.1, 0.2])))).toBe('no-negatives');
    expect(rocProblem(buildRocModel(SYLLABUS))).toBeNull();
  });
});

describe('confusion matrix and metrics', () => {
  const m = buildRocModel(SYLLABUS);
  it('at threshold 0.7 (k = 3) has TP 2, FP 1, TN 2, FN 1', () => {
    expect(m.thresholds[2]).toBe(0.7);
    const c = confusionAt(m, 3);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    const r = metricsOf(c);
    expect(r.tpr).toBeCloseTo(2 / 3, 12);
    expect(r.fpr).toBeCloseTo(1 / 3, 12);
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
    expect(r.accuracy).toBeCloseTo(4 / 6, 12);
  });

  it('gives null, not NaN, where a rate is undefined', () => {
    const none = metricsOf(confusionAt(m, 0));
    expect(none.precision).toBeNull();
    expect(none.f1).toBeNull();
    expect(none.tpr).toBe(0);
    expect(metricsOf({ tp: 0, fp: 0, tn: 0, fn: 0 }).accuracy).toBeNull();
    expect(metricsOf({ tp: 0, fp: 3, tn: 0, fn: 2 }).f1).toBe(0);
  });

  it('matches the syllabus F1 for P = 0.8, R = 0.5 (10.1)', () => {
    expect(metricsOf({ tp: 4, fp: 1, tn: 0, fn: 4 }).f1).toBeCloseTo(0.61538, 5);
  });

  it('clamps k to the available thresholds', () => {
    expect(confusionAt(m, 99)).toEqual({ tp: 3, fp: 3, tn: 0, fn: 0 });
    expect(confusionAt(m, -1)).toEqual({ tp: 0, fp: 0, tn: 3, fn: 3 });
  });
});

describe('PR curve and AP', () => {
  it('computes step-wise AP like scikit-learn', () => {
    const m = buildRocModel(SYLLABUS);
    // recall steps at k = 1, 2, 4 with precision 1, 1, 3/4
    expect(averagePrecision(m)).toBeCloseTo((1 + 1 + 0.75) / 3, 12);
    expect(prPoints(m)[0]).toEqual({ x: 0, y: 1 });
    expect(prPoints(m).at(-1)).toEqual({ x: 1, y: 0.5 });
  });
});

describe('thresholdIndex', () => {
  it('counts the distinct scores at or above a threshold', () => {
    const m = buildRocModel(SYLLABUS);
    expect(thresholdIndex(m, null)).toBe(0);
    expect(thresholdIndex(m, 0.95)).toBe(0);
    expect(thresholdIndex(m, 0.7)).toBe(3);
    expect(thresholdIndex(m, 0.65)).toBe(3);
    expect(thresholdIndex(m, 0)).toBe(6);
  });
});
