import { describe, expect, it } from 'vitest';
import { pyCall, pyLiteral } from './py-literal';

describe('pyLiteral', () => {
  it('writes test data as Python', () => {
    expect(pyLiteral([1, 2.5, null, true, false])).toBe('[1, 2.5, None, True, False]');
    expect(pyLiteral({ a: [-Infinity], "it's": 'x\ny' })).toBe("{'a': [-float('inf')], 'it\\'s': 'x\\ny'}");
    expect(pyCall('auc', [[0.1, 0.9], [0, 1]])).toBe('auc([0.1, 0.9], [0, 1])');
  });
});
