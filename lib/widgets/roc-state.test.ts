import { describe, expect, it } from 'vitest';
import { aucRank } from '../math/roc';
import { decodeRocState, generatorProblem, ROC_PRESETS, rocData, rocStateFromProps } from './roc-state';

describe('ROC widget state', () => {
  it('the syllabus preset is the 10.2 example (AUC 8/9)', () => {
    expect(aucRank(rocData(ROC_PRESETS.syllabus!))).toBeCloseTo(8 / 9, 12);
  });

  it('the large preset has 10,000 points', () => {
    expect(rocData(ROC_PRESETS.large!)).toHaveLength(10_000);
  });

  it('reads the preset prop and flags unknown ones', () => {
    expect(rocStateFromProps({ preset: 'overlap' })).toEqual({ state: ROC_PRESETS.overlap, bad: false });
    expect(rocStateFromProps({ preset: 7 })).toEqual({ state: ROC_PRESETS.syllabus, bad: true });
  });

  it('round-trips a link state and rejects garbage', () => {
    const s = ROC_PRESETS.imbalanced!;
    expect(decodeRocState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    const bad = [
      null,
      { ...s, mode: 'x' },
      { ...s, rows: [[0.5, 2]] },
      { ...s, rows: [['a', 1]] },
      { ...s, threshold: 'x' },
      { ...s, gen: { ...s.gen, positives: -1 } },
      { ...s, gen: { ...s.gen, negatives: 1e6 } },
      { ...s, gen: { ...s.gen, spread: 0 } },
      { ...s, rows: Array(501).fill([0.5, 1]) },
    ];
    for (const b of bad) expect(decodeRocState(b)).toBeNull();
  });

  it('limits generated data to 20,000 points', () => {
    expect(generatorProblem({ ...ROC_PRESETS.large!.gen, negativeCopies: 4 })).toBe('points');
    expect(generatorProblem(ROC_PRESETS.large!.gen)).toBeNull();
  });
});
