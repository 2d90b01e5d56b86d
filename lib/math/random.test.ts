import { describe, expect, it } from 'vitest';
import { createNormal, createRng, randomMatrix } from './random';

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, createRng(43))).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('give standard normals with mean ≈ 0 and variance ≈ 1', () => {
    const n = createNormal(createRng(7));
    const xs = Array.from({ length: 20000 }, n);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });

  it('make matrices of the asked shape with one-decimal entries in [−1, 1]', () => {
    const m = randomMatrix(3, 4, createRng(1));
    expect(m).toHaveLength(3);
    expect(m.every((r) => r.length === 4 && r.every((v) => Math.abs(v) <= 1 && Math.round(v * 10) === v * 10))).toBe(true);
  });
});
