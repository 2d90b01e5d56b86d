import { describe, expect, it } from 'vitest';
import { entropy, natsToBits } from './entropy';
import { softmax } from './softmax';

describe('entropy', () => {
  it('is log n for a uniform distribution and 0 for a one-hot one', () => {
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    expect(natsToBits(entropy([0.5, 0.5]))).toBeCloseTo(1, 12);
    expect(entropy([0, 1, 0])).toBe(0);
  });

  it('treats 0·log 0 as 0 and falls as the temperature drops', () => {
    expect(entropy([0, 0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
    const h = [5, 2, 1, 0.5].map((t) => entropy(softmax([1, 2, 3], t)));
    for (let i = 1; i < h.length; i++) expect(h[i]!).toBeLessThan(h[i - 1]!);
  });
});
