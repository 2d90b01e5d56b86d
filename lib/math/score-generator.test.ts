import { describe, expect, it } from 'vitest';
import { aucRank, averagePrecision, buildRocModel } from './roc';
import { generateScores, type GeneratorParams } from './score-generator';

const BASE: GeneratorParams = { separation: 1.5, spread: 1, positives: 300, negatives: 300, negativeCopies: 1, seed: 3 };

describe('generateScores', () => {
  it('is reproducible from its seed and gives the asked counts', () => {
    const a = generateScores(BASE);
    expect(generateScores(BASE)).toEqual(a);
    expect(a.filter((r) => r.label === 1)).toHaveLength(300);
    expect(a.every((r) => r.score > 0 && r.score < 1 + 1e-12)).toBe(true);
  });

  it('separates classes more as d′ grows (AUC ≈ Φ(d′/√2))', () => {
    const auc = (separation: number) => aucRank(generateScores({ ...BASE, separation, positives: 2000, negatives: 2000 }));
    expect(auc(0)).toBeCloseTo(0.5, 1);
    expect(auc(1.5)).toBeCloseTo(0.856, 1);
    expect(auc(3)).toBeGreaterThan(auc(1.5));
  });

  it('keeps AUC exactly when only the class ratio changes, while AP drops', () => {
    const one = generateScores(BASE);
    const ten = generateScores({ ...BASE, negativeCopies: 10 });
    expect(ten).toHaveLength(300 + 3000);
    expect(aucRank(ten)).toBeCloseTo(aucRank(one), 12);
    expect(averagePrecision(buildRocModel(ten))).toBeLessThan(averagePrecision(buildRocModel(one)));
  });

  it('leaves negatives unchanged when only the positive count changes', () => {
    const negs = (p: GeneratorParams) => generateScores(p).filter((r) => r.label === 0);
    expect(negs({ ...BASE, positives: 10 })).toEqual(negs(BASE));
  });
});
