import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { sampleCounts } from './sampling';

describe('sampleCounts', () => {
  it('draws frequencies close to the probabilities and never a zero-probability class', () => {
    const counts = sampleCounts([0.2, 0, 0.8], 20000, createRng(1));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20000);
    expect(counts[1]).toBe(0);
    expect(counts[0]! / 20000).toBeCloseTo(0.2, 1);
  });

  it('returns zeros when nothing has probability', () => {
    expect(sampleCounts([0, 0], 10, createRng(1))).toEqual([0, 0]);
  });
});
