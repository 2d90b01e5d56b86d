import { describe, expect, it } from 'vitest';
import { isMatrix, isNumberArray, readHashState, widgetHashKey, writeHashState } from './hash-state';

describe('hash state', () => {
  it('round-trips per-widget state and keeps other entries', () => {
    let h = writeHashState('', 'softmax', { z: [1, 2, 3], t: 0.5 });
    h = writeHashState(h, 'roc', { k: 3 });
    expect(readHashState(h, 'softmax')).toEqual({ z: [1, 2, 3], t: 0.5 });
    expect(readHashState(h, 'roc')).toEqual({ k: 3 });
    h = writeHashState(h, 'softmax', { t: 2 });
    expect(readHashState(h, 'softmax')).toEqual({ t: 2 });
    expect(readHashState(h, 'roc')).toEqual({ k: 3 });
  });

  it('keeps a heading anchor and tells absent keys from garbage', () => {
    const h = writeHashState('#公式', 'attn', { c: true });
    expect(h.startsWith('#公式&attn=')).toBe(true);
    expect(readHashState(h, 'softmax')).toBeUndefined();
    expect(readHashState('#softmax=%7Bnot-json', 'softmax')).toBeNull();
    expect(readHashState('#softmax=%E0%A4%A', 'softmax')).toBeNull();
  });

  it('type guards reject non-finite numbers and ragged shapes of the wrong kind', () => {
    expect(isNumberArray([1, 2])).toBe(true);
    expect(isNumberArray([1, null])).toBe(false);
    expect(isMatrix([[1], [2, 3]])).toBe(true);
    expect(isMatrix([[1], 'x'])).toBe(false);
  });
});

describe('widgetHashKey', () => {
  it('adds a safe id and ignores anything that could break the hash', () => {
    expect(widgetHashKey('roc', undefined)).toBe('roc');
    expect(widgetHashKey('roc', 'b')).toBe('roc-b');
    expect(widgetHashKey('roc', 'a&b=c')).toBe('roc');
    expect(widgetHashKey('roc', 7)).toBe('roc');
  });
});
