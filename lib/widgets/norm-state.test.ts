import { describe, expect, it } from 'vitest';
import { decodeFields } from './param-state';
import { divisors, normConsistent, NORM_PRESETS, NORM_RULES } from './norm-state';

describe('norm widget state', () => {
  it('accepts the presets and rejects shapes that do not split', () => {
    for (const p of Object.values(NORM_PRESETS)) expect(decodeFields(NORM_RULES, p, normConsistent)).toEqual(p);
    const ok = NORM_PRESETS['shape-bn']!;
    for (const bad of [{ ...ok, batch: 4 }, { ...ok, groups: 3 }, { ...ok, rows: [[1, 2], [3]] }, { ...ok, norm: 'wn' }, { ...ok, rows: Array(17).fill([1]) }, { ...ok, eps: -1 }])
      expect(decodeFields(NORM_RULES, bad, normConsistent)).toBeNull();
  });

  it('lists divisors for the batch and group pickers', () => {
    expect(divisors(6, 4)).toEqual([1, 2, 3]);
    expect(divisors(8)).toEqual([1, 2, 4, 8]);
  });
});
