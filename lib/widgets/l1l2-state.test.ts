import { describe, expect, it } from 'vitest';
import { decodeFields, fieldsFromProps } from './param-state';
import { DEFAULT_L1L2_PRESET, L1L2_PRESETS, L1L2_RULES } from './l1l2-state';

describe('L1/L2 widget state', () => {
  it('accepts the presets and rejects out-of-range values', () => {
    for (const p of Object.values(L1L2_PRESETS)) expect(decodeFields(L1L2_RULES, p)).toEqual(p);
    for (const bad of [{ a1: 0 }, { budget: 0 }, { wx: 1e308 }, { angle: 'x' }]) expect(decodeFields(L1L2_RULES, { ...L1L2_PRESETS.round, ...bad })).toBeNull();
    expect(fieldsFromProps(L1L2_RULES, L1L2_PRESETS, DEFAULT_L1L2_PRESET, { budget: 3 }).state.budget).toBe(3);
  });
});
