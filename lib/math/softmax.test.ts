import { describe, expect, it } from 'vitest';
import { isFullyMasked, logSumExpBound, softmax } from './softmax';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('softmax', () => {
  it.each([
    [0.5, [0.0159, 0.1173, 0.8668]],
    [1, [0.09, 0.2447, 0.6652]],
    [2, [0.1863, 0.3072, 0.5065]],
    [5, [0.2693, 0.3289, 0.4018]],
  ])('z = [1,2,3] at T = %s matches the syllabus (9.3)', (t, expected) => {
    const p = softmax([1, 2, 3], t);
    p.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 4));
    expect(sum(p)).toBeCloseTo(1, 12);
  });

  it('is shift-invariant and survives logits like ±1e308', () => {
    softmax([1001, 1002, 1003]).forEach((p, i) => expect(p).toBeCloseTo(softmax([1, 2, 3])[i]!, 12));
    expect(softmax([1e308, -1e308])).toEqual([1, 0]);
    expect(softmax([1e308, 1e308])).toEqual([0.5, 0.5]);
    expect(softmax([-1e308, -1e308, -1e308])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    for (const t of [0.01, 1, 100, 1e6]) {
      const p = softmax([1e308, -1e308, 0], t);
      expect(p.every(Number.isFinite)).toBe(true);
      expect(sum(p)).toBeCloseTo(1, 12);
    }
  });

  it('gives masked (−∞) logits exactly 0 and renormalises the rest', () => {
    const p = softmax([1, -Infinity, 1]);
    expect(p[1]).toBe(0);
    expect(p).toEqual([0.5, 0, 0.5]);
  });

  it('returns zeros, not NaN, for a fully masked row', () => {
    expect(softmax([-Infinity, -Infinity])).toEqual([0, 0]);
    expect(isFullyMasked([-Infinity, NaN])).toBe(true);
    expect(isFullyMasked([-Infinity, 0])).toBe(false);
  });

  it('tends to the argmax as T → 0, splitting ties evenly', () => {
    expect(softmax([1, 3, 2], 1e-9)).toEqual([0, 1, 0]);
    expect(softmax([3, 1, 3], 0.001)).toEqual([0.5, 0, 0.5]);
    expect(softmax([3, 1, 3], 0.01)[1]).toBeCloseTo(0, 80);
    expect(softmax([3, 1, 3], 0)).toEqual([0.5, 0, 0.5]);
    expect(softmax([Infinity, 1, Infinity])).toEqual([0.5, 0, 0.5]);
  });

  it('tends to uniform as T grows', () => {
    const p = softmax([1, 2, 3], 1e9);
    p.forEach((v) => expect(v).toBeCloseTo(1 / 3, 8));
    expect(softmax([1, 2, -Infinity], Infinity)).toEqual([0.5, 0.5, 0]);
  });
});

describe('logSumExpBound', () => {
  it('matches the syllabus numbers for [1,2,3] (9.3)', () => {
    const b = logSumExpBound([1, 2, 3], 1)!;
    expect(b.value).toBeCloseTo(3.40761, 5);
    expect(b.upper).toBeCloseTo(4.09861, 5);
    expect(logSumExpBound([1, 2, 3], 0.5)!.value).toBeCloseTo(3.07147, 5);
    expect(logSumExpBound([1, 2, 3], 0.1)!.value).toBeCloseTo(3.0000045, 7);
  });

  it('keeps x_max < T·lse ≤ x_max + T·log n through the gap, even at 1e308', () => {
    for (const t of [0.01, 0.5, 1, 7, 100]) {
      const b = logSumExpBound([2, -1, 0.5, 2], t)!;
      expect(b.gap).toBeGreaterThan(0);
      expect(b.gap).toBeLessThanOrEqual(b.maxGap + 1e-12);
    }
    const huge = logSumExpBound([1e308, 1e308], 1)!;
    expect(huge.gap).toBeCloseTo(Math.log(2), 12);
    expect(Number.isFinite(huge.value)).toBe(true);
  });

  it('reaches the upper bound for equal logits and is null when all are masked', () => {
    const b = logSumExpBound([4, 4, 4], 2)!;
    expect(b.gap).toBeCloseTo(b.maxGap, 12);
    expect(logSumExpBound([-Infinity], 1)).toBeNull();
  });
});

describe('InfoNCE as a softmax over similarities (syllabus 9.4)', () => {
  it.each([
    [1, 0.80532],
    [0.5, 0.58523],
    [0.1, 0.04946],
    [0.05, 0.00248],
  ])('s⁺ = 0.8, s⁻ = [0.5, 0.1] at τ = %s gives L = %s', (tau, loss) => {
    expect(-Math.log(softmax([0.8, 0.5, 0.1], tau)[0]!)).toBeCloseTo(loss, 5);
  });

  it('gives P ≈ [0.95175, 0.04738, 0.00087] at τ = 0.1', () => {
    softmax([0.8, 0.5, 0.1], 0.1).forEach((p, i) => expect(p).toBeCloseTo([0.95175, 0.04738, 0.00087][i]!, 5));
  });
});
