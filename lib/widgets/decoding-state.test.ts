import { describe, expect, it } from 'vitest';
import { decodeFields } from './param-state';
import { decodingConsistent, DECODING_PRESETS, DECODING_RULES } from './decoding-state';

describe('decoding widget state', () => {
  it('accepts the presets and rejects mismatched or out-of-range fields', () => {
    for (const p of Object.values(DECODING_PRESETS)) expect(decodeFields(DECODING_RULES, p, decodingConsistent)).toEqual(p);
    const ok = DECODING_PRESETS.plain!;
    for (const bad of [{ ...ok, logits: [1, 2] }, { ...ok, seen: [true] }, { ...ok, topP: 0 }, { ...ok, penalty: 0.5 }, { ...ok, t: 0 }, { ...ok, tokens: ['', 'a', 'b', 'c', 'd', 'e'] }, { ...ok, logits: [1, 2, 3, 4, 5, null] }])
      expect(decodeFields(DECODING_RULES, bad, decodingConsistent)).toBeNull();
  });
});
