import { describe, expect, it } from 'vitest';
import { decodeSoftmaxState, SOFTMAX_PRESETS, softmaxStateFromProps, targetIndex } from './softmax-state';
import { positionToTemperature, stepTemperature, temperatureToPosition } from './temperature-scale';

describe('softmax widget state', () => {
  it('takes logits, names and temperature from props', () => {
    const { state, bad } = softmaxStateFromProps({ logits: [2, 1, 0.1], temperature: 0.5 });
    expect(bad).toBe(false);
    expect(state.logits).toEqual([2, 1, 0.1]);
    expect(state.names).toHaveLength(3);
    expect(state.t).toBe(0.5);
  });

  it.each([
    [{ logits: [1] }],
    [{ logits: 'abc' }],
    [{ logits: Array(13).fill(0) }],
    [{ temperature: -1 }],
    [{ temperature: 0 }],
    [{ preset: 'nope' }],
    [{ logits: [1, 2], names: ['a'] }],
  ])('falls back to the default and flags bad props %j', (props) => {
    const { state, bad } = softmaxStateFromProps(props);
    expect(bad).toBe(true);
    expect(state).toEqual(SOFTMAX_PRESETS.syllabus);
  });

  it('decodes a valid link state and rejects garbage', () => {
    const good = { names: ['a', 'b'], logits: [1, 2], t: 2, samples: 10, seed: 3 };
    expect(decodeSoftmaxState(good)).toEqual(good);
    for (const bad of [null, 5, 'x', [], { ...good, t: 0 }, { ...good, logits: [1, null] }, { ...good, names: ['a'] }, { ...good, samples: 1e9 }, { ...good, t: 1e400 }]) {
      expect(decodeSoftmaxState(bad)).toBeNull();
    }
  });
});

describe('softmax presets', () => {
  it('cover the syllabus fixtures (9.3 and 9.4)', () => {
    expect([0.5, 1, 2, 5].map((t) => Object.values(SOFTMAX_PRESETS).some((p) => p.t === t && p.logits.join() === '1,2,3'))).toEqual([true, true, true, true]);
    expect(SOFTMAX_PRESETS.infonce).toMatchObject({ logits: [0.8, 0.5, 0.1], t: 0.1 });
    for (const p of Object.values(SOFTMAX_PRESETS)) expect(decodeSoftmaxState(p)).toEqual(p);
  });
});

describe('targetIndex', () => {
  it('accepts an index of an existing class only', () => {
    expect(targetIndex(0, 3)).toBe(0);
    expect(targetIndex(3, 3)).toBeNull();
    expect(targetIndex('0', 3)).toBeNull();
    expect(targetIndex(undefined, 3)).toBeNull();
  });
});

describe('temperature scale', () => {
  it('maps the log slider onto 0.01…100 with 3 significant digits', () => {
    expect(positionToTemperature(-2)).toBe(0.01);
    expect(positionToTemperature(0)).toBe(1);
    expect(positionToTemperature(0.30103)).toBe(2);
    expect(positionToTemperature(5)).toBe(100);
    expect(temperatureToPosition(1000)).toBe(2);
  });

  it('steps through round values by key', () => {
    expect(stepTemperature(1, 1)).toBe(1.5);
    expect(stepTemperature(1, -1)).toBe(0.7);
    expect(stepTemperature(0.6, -1)).toBe(0.5);
    expect(stepTemperature(100, 1)).toBe(100);
    expect(stepTemperature(0.01, -1)).toBe(0.01);
  });
});
