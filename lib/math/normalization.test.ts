import { describe, expect, it } from 'vitest';
import { normalize, toTensor, type Tensor } from './normalization';

// Expected numbers from the batchnorm-vs-layernorm and norm-variants notes, and from a Python stdlib recomputation.
const close = (got: number[], want: number[], d = 6) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, d));
const note: Tensor = [[[1, 2, 3]], [[3, 6, 9]]];
const x: Tensor = [
  [[1, 2, 3, 4], [2, 0, 1, 5], [3, 3, 0, 2]],
  [[0, 1, 2, 8], [4, 2, 2, 1], [1, 5, 3, 0]],
];

describe('normalisation axes', () => {
  it('LN maps both rows of the note example to [−1.2247, 0, 1.2247]', () => {
    const r = normalize(note, 'ln', 1, 0);
    close(r.out[0]![0]!, [-1.224745, 0, 1.224745]);
    close(r.out[1]![0]!, [-1.224745, 0, 1.224745]);
    expect(r.groups.map((g) => g.mean)).toEqual([2, 6]);
  });

  it('BN (per hidden dim over B×T) gives column means 2, 4, 6, variances 1, 4, 9, outputs ∓1', () => {
    const r = normalize(note, 'bn', 1, 0);
    close(r.groups.flatMap((g) => [g.mean, g.variance]), [2, 1, 4, 4, 6, 9], 12);
    close(r.out.flat(2), [-1, -1, -1, 1, 1, 1], 12);
  });

  it('RMSNorm of [1, 2, 3] is [0.4629, 0.9258, 1.3887]', () => {
    const r = normalize([[[1, 2, 3]]], 'rms', 1, 0);
    close(r.out[0]![0]!, [0.46291, 0.92582, 1.38873], 5);
    expect(r.groups[0]!.rms).toBeCloseTo(2.160247, 6);
  });

  it('counts groups on [2, 3, 4] as in the note: BN 4, LN 6, IN 8, GN(G=2) 4', () => {
    expect(['bn', 'ln', 'in', 'gn', 'rms'].map((n) => normalize(x, n as never, 2, 0).groups.length)).toEqual([4, 6, 8, 4, 6]);
    const bn = normalize(x, 'bn', 2, 0);
    expect(bn.groups[0]).toMatchObject({ key: [0], size: 6 });
    expect(bn.groups[0]!.mean).toBeCloseTo(1.833333, 6);
    expect(bn.groups[0]!.variance).toBeCloseTo(1.805556, 6);
    close(bn.out[0]![0]!, [-0.620174, -0.106, 1.093216, 0.248069]);
    close(normalize(x, 'in', 2, 0).out[0]![0]!, [-1.224745, 0.267261, 1.336306, 0.267261]);
    const gn = normalize(x, 'gn', 2, 0);
    expect(gn.groups[0]!.variance).toBeCloseTo(1.138889, 6);
    close(gn.out[0]![0]!, [-0.780869, 0.156174, 0.29277, 0.87831]);
    expect(gn.groupIndex[1]![2]![3]).toBe(3);
  });

  it('a constant group gives 0 (no NaN), ε keeps the divisor positive, ±1e308 stays finite', () => {
    expect(normalize([[[5, 5]]], 'ln', 1, 0).out).toEqual([[[0, 0]]]);
    expect(normalize([[[5, 5]]], 'ln', 1, 1e-5).groups[0]!.scale).toBeCloseTo(Math.sqrt(1e-5), 12);
    const huge = normalize([[[1e308, -1e308, 1e308]]], 'ln', 1, 0);
    expect(huge.out.flat(2).every(Number.isFinite)).toBe(true);
    expect(huge.groups[0]!.mean).toBeCloseTo(1e308 / 3, -300);
  });

  it('splits sample-major rows into [B][T][H]', () => {
    expect(toTensor([[1], [2], [3], [4]], 2)).toEqual([[[1], [2]], [[3], [4]]]);
  });
});
