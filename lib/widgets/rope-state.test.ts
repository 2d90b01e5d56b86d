import { describe, expect, it } from 'vitest';
import { decodeFields } from './param-state';
import { ropeConsistent, ROPE_PRESETS, ROPE_RULES } from './rope-state';

describe('RoPE widget state', () => {
  it('accepts the presets and rejects odd d, a pair beyond d/2, or huge components', () => {
    for (const p of Object.values(ROPE_PRESETS)) expect(decodeFields(ROPE_RULES, p, ropeConsistent)).toEqual(p);
    const ok = ROPE_PRESETS['note-rope']!;
    for (const bad of [{ ...ok, d: 3 }, { ...ok, pair: 1 }, { ...ok, q0: 1e308 }, { ...ok, m: -1 }, { ...ok, base: 1 }]) expect(decodeFields(ROPE_RULES, bad, ropeConsistent)).toBeNull();
  });
});
