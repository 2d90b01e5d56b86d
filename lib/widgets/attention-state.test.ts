import { describe, expect, it } from 'vitest';
import { attentionShapeError, finiteVariance, selfAttention } from '../math/attention';
import { ATTENTION_PRESETS, attentionStateFromProps, decodeAttentionState, randomMatrices, resizeRows } from './attention-state';

describe('attention widget state', () => {
  it('every preset has computable shapes', () => {
    for (const s of Object.values(ATTENTION_PRESETS)) expect(attentionShapeError(s, s.heads)).toBeNull();
  });

  it('the scaling preset has raw score variance near d_k = 8, and ≈ 1 after ÷√8', () => {
    const s = ATTENTION_PRESETS.scaling!;
    const [raw, scaled] = [false, true].map((scale) => selfAttention(s, 1, { scale, causal: false, padded: [], temperature: 1 }).heads[0]!);
    expect(finiteVariance(raw!.raw)).toBeGreaterThan(6);
    expect(finiteVariance(raw!.raw)).toBeLessThan(11);
    expect(finiteVariance(scaled!.logits)).toBeCloseTo(finiteVariance(raw!.raw) / 8, 10);
  });

  it('reads preset and flags from props (`<SelfAttention preset="seed" causal />`)', () => {
    const { state, bad } = attentionStateFromProps({ preset: 'seed', causal: true });
    expect(bad).toBe(false);
    expect(state.causal).toBe(true);
    expect(state.x).toEqual(ATTENTION_PRESETS.seed!.x);
    expect(attentionStateFromProps({ preset: 'multihead' }).state.heads).toBe(2);
  });

  it.each([[{ preset: 'nope' }], [{ causal: 'yes' }], [{ heads: 0 }], [{ padded: [7] }], [{ temperature: 1e9 }]])('flags bad props %j', (props) => {
    const { state, bad } = attentionStateFromProps(props);
    expect(bad).toBe(true);
    expect(state).toEqual(ATTENTION_PRESETS.seed);
  });

  it('round-trips a link state and rejects garbage', () => {
    const s = ATTENTION_PRESETS.random!;
    expect(decodeAttentionState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    for (const bad of [null, [], { ...s, x: 'x' }, { ...s, tokens: Array(13).fill('a') }, { ...s, x: [[1e308]] }, { ...s, scale: 1 }, { ...s, padded: [99] }]) {
      expect(decodeAttentionState(bad)).toBeNull();
    }
  });

  it('resizes X to the token count, keeping existing rows', () => {
    const x = ATTENTION_PRESETS.seed!.x;
    expect(resizeRows(x, 2, 1)).toEqual(x.slice(0, 2));
    const grown = resizeRows(x, 5, 1);
    expect(grown.slice(0, 3)).toEqual(x);
    expect(grown).toHaveLength(5);
    expect(grown[4]).toHaveLength(4);
    expect(resizeRows(x, 5, 1)).toEqual(grown);
  });

  it('draws reproducible random matrices of the asked shape', () => {
    const m = randomMatrices(3, 5, 4, 2);
    expect(randomMatrices(3, 5, 4, 2)).toEqual(m);
    expect(m.x).toHaveLength(5);
    expect(m.wq[0]).toHaveLength(2);
    expect(m.wv).toHaveLength(4);
  });
});
