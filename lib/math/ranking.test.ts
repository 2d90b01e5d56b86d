import { describe, expect, it } from 'vitest';
import { averagePrecision, dcg, discount, move, ndcg, reciprocalRank } from './ranking';

// Worked numbers of the ndcg and mrr-map notes, recomputed in Python (math.log2).
const note = [3, 2, 3, 0, 1, 2];

describe('NDCG', () => {
  it('matches the note with linear gain', () => {
    const r = ndcg(note, 6, 'linear');
    expect(r.dcg).toBeCloseTo(6.86113, 5);
    expect(r.idcg).toBeCloseTo(7.141, 5);
    expect(r.ndcg).toBeCloseTo(0.96081, 5);
  });

  it('matches the note with exponential gain 2^r − 1', () => {
    const r = ndcg(note, 6, 'exp');
    expect(r.dcg).toBeCloseTo(13.84826, 5);
    expect(r.idcg).toBeCloseTo(14.59539, 5);
    expect(r.ndcg).toBeCloseTo(0.94881, 5);
  });

  it('cuts at k and is undefined when nothing is relevant', () => {
    expect(ndcg(note, 3, 'linear').ndcg).toBeCloseTo(0.9777814, 7);
    expect(dcg(note, 3, 'linear')).toBeCloseTo(5.7618595, 7);
    expect(ndcg([0, 0], 2, 'exp')).toEqual({ dcg: 0, idcg: 0, ndcg: null });
    expect(discount(2)).toBeCloseTo(0.6309298, 7);
  });
});

describe('MRR and AP', () => {
  it('reciprocal rank of the first relevant item', () => {
    expect(reciprocalRank([0, 0, 1], 1)).toEqual({ rank: 3, rr: 1 / 3 });
    expect(reciprocalRank([0, 0], 1)).toEqual({ rank: null, rr: 0 });
    expect(reciprocalRank([1, 2], 2).rank).toBe(2);
  });

  it('AP of [1,0,1,0,1] is 0.75556, or 0.56667 with one relevant item missed', () => {
    expect(averagePrecision([1, 0, 1, 0, 1], 1).ap).toBeCloseTo(0.7555556, 7);
    expect(averagePrecision([1, 0, 1, 0, 1], 1, 1).ap).toBeCloseTo(0.5666667, 7);
    expect(averagePrecision([0, 1, 0, 0], 1).ap).toBe(0.5);
    expect(averagePrecision([0, 0], 1)).toEqual({ terms: [], relevantTotal: 0, ap: null });
  });

  it('moves an item and clamps at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
});
