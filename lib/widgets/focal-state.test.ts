import { describe, expect, it } from 'vitest';
import { decodeFields } from './param-state';
import { FOCAL_PRESETS, FOCAL_RULES, groupAlphas } from './focal-state';

describe('focal widget state', () => {
  it('accepts the presets and rejects out-of-range or mistyped fields', () => {
    for (const p of Object.values(FOCAL_PRESETS)) expect(decodeFields(FOCAL_RULES, p)).toEqual(p);
    const ok = FOCAL_PRESETS.note!;
    for (const bad of [{ ...ok, gamma: -1 }, { ...ok, pt: 0 }, { ...ok, useAlpha: 'yes' }, { ...ok, easyCount: 2.5 }, { ...ok, alpha: NaN }]) expect(decodeFields(FOCAL_RULES, bad)).toBeNull();
  });

  it('weights hard positives by α and easy negatives by 1 − α only when α is on', () => {
    expect(groupAlphas(FOCAL_PRESETS.paper!)).toEqual([0.25, 0.75]);
    expect(groupAlphas(FOCAL_PRESETS.note!)).toEqual([1, 1]);
  });
});
