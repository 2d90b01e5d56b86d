import { describe, expect, it } from 'vitest';
import { attentionShapeError, finiteVariance, selfAttention, type AttentionOptions } from './attention';

// Syllabus 1.1 worked example: 3 tokens, input dim 4, d_k = d_v = 3.
const SEED = {
  x: [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
  wk: [[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 1, 0]],
  wq: [[1, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 1]],
  wv: [[0, 2, 0], [0, 3, 0], [1, 0, 3], [1, 1, 0]],
};
const PLAIN: AttentionOptions = { scale: false, causal: false, padded: [], temperature: 1 };

const expectMatrixClose = (actual: number[][], expected: number[][], digits: number) =>
  expected.forEach((row, i) => row.forEach((v, j) => expect(actual[i]![j]).toBeCloseTo(v, digits)));

describe('selfAttention on the syllabus example', () => {
  it('computes Q, K, V and the raw scores S = QKᵀ', () => {
    const r = selfAttention(SEED, 1, PLAIN);
    expect(r.q).toEqual([[1, 0, 2], [2, 2, 2], [2, 1, 3]]);
    expect(r.k).toEqual([[0, 1, 1], [4, 4, 0], [2, 3, 1]]);
    expect(r.v).toEqual([[1, 2, 3], [2, 8, 0], [2, 6, 3]]);
    expect(r.heads[0]!.raw).toEqual([[2, 4, 4], [4, 16, 12], [4, 12, 10]]);
  });

  it('gives the exact unscaled softmax rows and outputs', () => {
    const h = selfAttention(SEED, 1, PLAIN).heads[0]!;
    expectMatrixClose(h.weights, [[0.063379, 0.468311, 0.468311], [6.0337e-6, 0.982008, 0.017986], [2.9539e-4, 0.880537, 0.119168]], 6);
    expect(h.weights[1]![0]).toBeCloseTo(6.0337e-6, 9);
    expectMatrixClose(h.outputs, [[1.936621, 6.683105, 1.595068], [1.999994, 7.963992, 0.053976], [1.999705, 7.759892, 0.358389]], 5);
  });

  it('gives the scaled (÷√3) rows and outputs', () => {
    const h = selfAttention(SEED, 1, { ...PLAIN, scale: true }).heads[0]!;
    expectMatrixClose(h.weights, [[0.136126, 0.431937, 0.431937], [0.00089, 0.908843, 0.090267], [0.007445, 0.754708, 0.237848]], 5);
    expectMatrixClose(h.outputs, [[1.863874, 6.319371, 1.704189], [1.99911, 7.814124, 0.273472], [1.992555, 7.479636, 0.735877]], 5);
  });
});

describe('masks and temperature', () => {
  it('causal mask zeroes future keys and renormalises each row', () => {
    const h = selfAttention(SEED, 1, { ...PLAIN, causal: true }).heads[0]!;
    expect(h.weights[0]).toEqual([1, 0, 0]);
    expect(h.weights[1]![2]).toBe(0);
    expect(h.weights[1]![0]! + h.weights[1]![1]!).toBeCloseTo(1, 12);
    expect(h.outputs[0]).toEqual([1, 2, 3]);
  });

  it('padding mask removes a key for every query', () => {
    const h = selfAttention(SEED, 1, { ...PLAIN, padded: [1] }).heads[0]!;
    expect(h.weights.map((r) => r[1])).toEqual([0, 0, 0]);
    expect(h.fullyMasked).toEqual([]);
  });

  it('a fully masked row gets zero weights and a zero output, never NaN', () => {
    const h = selfAttention(SEED, 1, { ...PLAIN, causal: true, padded: [0] }).heads[0]!;
    expect(h.fullyMasked).toEqual([0]);
    expect(h.weights[0]).toEqual([0, 0, 0]);
    expect(h.outputs[0]).toEqual([0, 0, 0]);
    expect(h.outputs.flat().every(Number.isFinite)).toBe(true);
  });

  it('temperature → 0 makes each row the argmax', () => {
    const h = selfAttention(SEED, 1, { ...PLAIN, temperature: 1e-6 }).heads[0]!;
    expect(h.weights).toEqual([[0, 0.5, 0.5], [0, 1, 0], [0, 1, 0]]);
  });
});

describe('multi-head split', () => {
  const X = [[1, 0], [0, 1]];
  const W = [[1, 0, 2, 0], [0, 1, 0, 2]];
  it('splits d_model into h heads of d_k = d_model / h and concatenates outputs', () => {
    const r = selfAttention({ x: X, wq: W, wk: W, wv: W }, 2, { ...PLAIN, scale: true });
    expect(r.heads).toHaveLength(2);
    expect(r.heads[0]!.dk).toBe(2);
    expect(r.heads[0]!.raw).toEqual([[1, 0], [0, 1]]);
    expect(r.heads[1]!.raw).toEqual([[4, 0], [0, 4]]);
    expect(r.outputs[0]).toHaveLength(4);
    expect(r.outputs[0]!.slice(2)).toEqual(r.heads[1]!.outputs[0]);
  });

  it('reports shapes that cannot be computed', () => {
    expect(attentionShapeError({ x: X, wq: W, wk: W, wv: W }, 3)).toBe('heads');
    expect(attentionShapeError({ x: X, wq: [[1]], wk: W, wv: W }, 1)).toBe('shape');
    expect(attentionShapeError({ x: [], wq: W, wk: W, wv: W }, 1)).toBe('shape');
    expect(attentionShapeError(SEED, 1)).toBeNull();
  });
});

describe('finiteVariance', () => {
  it('skips masked cells and shrinks by d_k when scores are divided by √d_k', () => {
    expect(finiteVariance([[1, 3], [-Infinity, 2]])).toBeCloseTo(2 / 3, 12);
    expect(finiteVariance([[-Infinity]])).toBe(0);
    const h = selfAttention(SEED, 1, { ...PLAIN, scale: true }).heads[0]!;
    expect(finiteVariance(h.logits)).toBeCloseTo(finiteVariance(h.raw) / 3, 12);
  });
});
