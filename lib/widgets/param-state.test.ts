import { describe, expect, it } from 'vitest';
import { decodeFields, fieldsFromProps, type Rules } from './param-state';

interface S {
  n: number;
  mode: string;
}
const rules: Rules<S> = { n: { min: 0, max: 10, integer: true }, mode: { options: ['a', 'b'] } };
const presets = { one: { n: 1, mode: 'a' }, two: { n: 2, mode: 'b' } };

describe('field rules', () => {
  it('decode a valid record and reject garbage', () => {
    expect(decodeFields(rules, { n: 3, mode: 'b', junk: 1 })).toEqual({ n: 3, mode: 'b' });
    for (const bad of [null, 3, [], { n: 3 }, { n: 1.5, mode: 'a' }, { n: 11, mode: 'a' }, { n: 1, mode: 'c' }, { n: '1', mode: 'a' }]) expect(decodeFields(rules, bad)).toBeNull();
    expect(decodeFields(rules, { n: 3, mode: 'a' }, (s) => s.n < 3)).toBeNull();
  });

  it('read props: preset, overrides, and a fallback for anything wrong', () => {
    expect(fieldsFromProps(rules, presets, 'one', {})).toEqual({ state: presets.one, bad: false, preset: 'one' });
    expect(fieldsFromProps(rules, presets, 'one', { preset: 'two' })).toEqual({ state: presets.two, bad: false, preset: 'two' });
    expect(fieldsFromProps(rules, presets, 'one', { preset: 'two', n: 5 })).toEqual({ state: { n: 5, mode: 'b' }, bad: false, preset: '' });
    for (const props of [{ preset: 'x' }, { n: -1 }, { mode: 7 }, { preset: 'toString' }]) expect(fieldsFromProps(rules, presets, 'one', props)).toEqual({ state: presets.one, bad: true, preset: 'one' });
  });
});
