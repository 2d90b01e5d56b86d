import { describe, expect, it } from 'vitest';
import { curvature, ellipse, l1Constrained, l2Constrained, quadLoss, ridgeShrink, softThreshold, type Vec2 } from './regularization';

const close = (got: number[], want: number[], d: number) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, d));

describe('1-D proximal solutions (the note table, λ = 1)', () => {
  it('soft-thresholding shifts by λ and zeroes |z| ≤ λ; ridge scales by 1/(1+λ)', () => {
    expect([3, 0.8, -0.3].map((z) => softThreshold(z, 1))).toEqual([2, 0, -0]);
    expect([3, 0.8, -0.3].map((z) => ridgeShrink(z, 1))).toEqual([1.5, 0.4, -0.15]);
  });
});

// References: a Python brute-force scan of 4000 boundary points (agrees to ~3 decimals).
describe('2-D constrained optima', () => {
  const id = curvature(1, 1, 0);
  it('round loss: L1 lands on the vertex (1, 0), L2 on w*/‖w*‖', () => {
    expect(l1Constrained([2, 1], id, 1)).toEqual([1, 0]);
    close(l2Constrained([2, 1], id, 1), [2 / Math.sqrt(5), 1 / Math.sqrt(5)], 9);
  });

  it('an elongated loss can move the L1 optimum off the vertex', () => {
    const m = curvature(1, 3, 0);
    close(l1Constrained([2, 1], m, 1), [0.5, 0.5], 12);
    expect(quadLoss([0.5, 0.5], [2, 1], m)).toBeCloseTo(1.5, 12);
    close(l2Constrained([2, 1], m, 1), [0.7614, 0.6483], 3);
  });

  it('a rotated loss, matching the brute-force scan', () => {
    const m = curvature(1, 0.2, 30);
    close([m.p, m.q, m.r], [0.8, 0.3464102, 0.4], 7);
    expect(l1Constrained([1.5, 1.2], m, 1)).toEqual([1, 0]);
    close(l2Constrained([1.5, 1.2], m, 1), [0.8384, 0.5451], 3);
  });

  it('returns w* when it already satisfies the budget', () => {
    const w: Vec2 = [0.2, -0.3];
    expect(l1Constrained(w, id, 1)).toBe(w);
    expect(l2Constrained(w, id, 1)).toBe(w);
  });

  it('level-set ellipse points have the requested loss', () => {
    const m = curvature(2, 0.5, 20);
    for (const p of ellipse([1, -1], 2, 0.5, 20, 0.7, 12)) expect(quadLoss(p, [1, -1], m)).toBeCloseTo(0.7, 10);
  });
});
