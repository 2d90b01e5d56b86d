import { describe, expect, it } from 'vitest';
import { frequency, interpolate, ropeScore, sinusoid, sinusoidDot } from './positional';

// The positional-encoding note's 数值例子, recomputed with Python's math module.
const close = (got: number[], want: number[], d = 6) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, d));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('sinusoidal encoding', () => {
  it('matches the d = 4 table', () => {
    expect(sinusoid(0, 4, 10000)).toEqual([0, 1, 0, 1]);
    close(sinusoid(1, 4, 10000), [0.841471, 0.540302, 0.0099998, 0.99995]);
    close(sinusoid(2, 4, 10000), [0.909297, -0.416147, 0.019999, 0.9998]);
    expect(frequency(1, 4, 10000)).toBeCloseTo(0.01, 15);
  });

  it('dot product depends on the offset only: 1.540252 at 1, 0.583653 at 2', () => {
    expect(dot(sinusoid(0, 4, 10000), sinusoid(1, 4, 10000))).toBeCloseTo(1.540252, 6);
    expect(dot(sinusoid(1, 4, 10000), sinusoid(2, 4, 10000))).toBeCloseTo(1.540252, 6);
    expect(sinusoidDot(2, 4, 10000)).toBeCloseTo(0.583653, 6);
    expect(sinusoidDot(5, 16, 10000)).toBeCloseTo(dot(sinusoid(7, 16, 10000), sinusoid(12, 16, 10000)), 12);
    expect(sinusoidDot(5, 16, 10000)).toBeCloseTo(6.13704, 5);
  });
});

describe('RoPE', () => {
  it('q = [1, 2], k = [3, −1], θ = 1: −6.781229 at positions (3, 1), (5, 3) and (10, 8)', () => {
    for (const [m, n] of [[3, 1], [5, 3], [10, 8]]) expect(ropeScore([1, 2], [3, -1], m!, n!, 1)).toBeCloseTo(-6.781229, 6);
  });

  it('position interpolation squeezes positions into the trained range', () => {
    expect(interpolate(8192, 2048, 8192)).toBe(2048);
    expect(interpolate(100, 2048, 1024)).toBe(100);
    expect(8192 * frequency(3, 8, 10000)).toBeCloseTo(8.192, 12);
  });
});
