import { describe, expect, it } from 'vitest';
import { decodeFields, fieldsFromProps } from './param-state';
import { DEFAULT_LR_PRESET, lrConsistent, LR_PRESETS, LR_RULES } from './lr-state';

describe('learning-rate widget state', () => {
  it('accepts every preset as a link state', () => {
    for (const p of Object.values(LR_PRESETS)) expect(decodeFields(LR_RULES, p, lrConsistent)).toEqual(p);
  });

  it('rejects warmup past the end, a probe past the end, a floor above the peak, bad decays', () => {
    const ok = LR_PRESETS['warmup-linear']!;
    for (const bad of [{ ...ok, warmup: 20000 }, { ...ok, t: 10001 }, { ...ok, minLr: 1 }, { ...ok, decay: 'exp' }, { ...ok, peak: 0 }, { ...ok, total: 1.5 }]) expect(decodeFields(LR_RULES, bad, lrConsistent)).toBeNull();
  });

  it('reads props with the default preset as fallback', () => {
    expect(fieldsFromProps(LR_RULES, LR_PRESETS, DEFAULT_LR_PRESET, { preset: 'noam', t: 8000 }, lrConsistent).state.t).toBe(8000);
    expect(fieldsFromProps(LR_RULES, LR_PRESETS, DEFAULT_LR_PRESET, { t: 1e9 }, lrConsistent).bad).toBe(true);
  });
});
