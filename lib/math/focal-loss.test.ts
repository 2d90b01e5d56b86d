import { describe, expect, it } from 'vitest';
import { batchShares, focalGradLogit, focalLoss } from './focal-loss';

// Reference values recomputed with Python's math module (see the note's 数值例子 table).
describe('focal loss', () => {
  it.each([
    [0.9, [0.10536052, 0.01053605, 0.00105361, 1.05e-6]],
    [0.5, [0.69314718, 0.34657359, 0.1732868, 0.02166085]],
    [0.1, [2.30258509, 2.07232658, 1.86509393, 1.35965347]],
  ])('matches the note table at p_t = %f for γ = 0, 1, 2, 5', (p, expected) => {
    [0, 1, 2, 5].forEach((g, i) => expect(focalLoss(p, g)).toBeCloseTo(expected[i]!, 8));
  });

  it('weights by α and is infinite at p_t = 0, zero at p_t = 1', () => {
    expect(focalLoss(0.5, 2, 0.25)).toBeCloseTo(0.0433217, 7);
    expect(focalLoss(0, 2)).toBe(Infinity);
    expect(focalLoss(1, 0)).toBe(-0);
  });

  it('gradient w.r.t. the logit: p − 1 for CE, matches a finite difference for FL', () => {
    expect(focalGradLogit(0.9, 0)).toBeCloseTo(-0.1, 12);
    expect(focalGradLogit(0.9, 2)).toBeCloseTo(-0.00289649, 8);
    expect(focalGradLogit(0.1, 2)).toBeCloseTo(-1.10201879, 8);
    const z = 0.3;
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const f = (z: number) => focalLoss(sig(z), 2, 0.25);
    expect(focalGradLogit(sig(z), 2, 0.25)).toBeCloseTo((f(z + 1e-6) - f(z - 1e-6)) / 2e-6, 7);
  });

  it('splits a batch of 1 hard and 1000 easy examples as in the note', () => {
    const groups = [{ count: 1, pt: 0.1, alpha: 1 }, { count: 1000, pt: 0.9, alpha: 1 }];
    const ce = batchShares(groups, 0);
    expect(ce.totals[1]).toBeCloseTo(105.3605157, 6);
    expect(ce.shares[0]).toBeCloseTo(0.0213869, 6);
    const fl = batchShares(groups, 2);
    expect(fl.totals[1]).toBeCloseTo(1.0536052, 6);
    expect(fl.shares[0]).toBeCloseTo(0.6390155, 6);
    const paper = batchShares([{ count: 1, pt: 0.1, alpha: 0.25 }, { count: 1000, pt: 0.9, alpha: 0.75 }], 2);
    expect(paper.shares[0]).toBeCloseTo(0.3710958, 6);
    expect(batchShares([{ count: 0, pt: 0.1, alpha: 1 }], 2)).toEqual({ totals: [0], shares: [0] });
  });
});
