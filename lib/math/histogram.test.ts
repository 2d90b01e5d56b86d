import { describe, expect, it } from 'vitest';
import { binFraction, binScores } from './histogram';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('binScores', () => {
  it('normalises each class to 1 and puts the extremes in the first and last bins', () => {
    const b = binScores([{ score: 0, label: 0 }, { score: 1, label: 1 }, { score: 0.5, label: 1 }], 4)!;
    expect(b).toMatchObject({ lo: 0, hi: 1 });
    expect(b.neg).toEqual([1, 0, 0, 0]);
    expect(b.pos).toEqual([0, 0, 0.5, 0.5]);
  });

  it('copes with one class, tied scores, no data and ±1e308', () => {
    expect(binScores([], 4)).toBeNull();
    const tied = binScores([{ score: 3, label: 1 }, { score: 3, label: 1 }], 4)!;
    expect(tied.pos).toEqual([1, 0, 0, 0]);
    expect(tied.neg).toEqual([0, 0, 0, 0]);
    const huge = binScores([{ score: -1e308, label: 0 }, { score: 1e308, label: 1 }], 4)!;
    expect(huge.neg).toEqual([1, 0, 0, 0]);
    expect(huge.pos).toEqual([0, 0, 0, 1]);
    expect(sum(huge.pos) + sum(huge.neg)).toBe(2);
  });

  it('keeps every bin and the threshold position finite for scores at ±1e308 or tied beyond 2^53', () => {
    const huge = binScores([{ score: 1e308, label: 1 }, { score: -1e308, label: 0 }], 4)!;
    expect([binFraction(huge, 1e308), binFraction(huge, -1e308), binFraction(huge, 0)]).toEqual([1, 0, 0.5]);
    const tiedBig = binScores([{ score: 1e17, label: 1 }, { score: 1e17, label: 0 }], 4)!;
    expect(tiedBig).toEqual({ lo: 1e17, hi: 2e17, pos: [1, 0, 0, 0], neg: [1, 0, 0, 0] });
    expect(binFraction(tiedBig, 1e17)).toBe(0);
    const tiedMax = binScores([{ score: 1e308, label: 1 }, { score: 1e308, label: 0 }], 4)!;
    expect(tiedMax).toEqual({ lo: 0, hi: 1e308, pos: [0, 0, 0, 1], neg: [0, 0, 0, 1] });
    expect(binFraction(tiedMax, 1e308)).toBe(1);
  });
});
