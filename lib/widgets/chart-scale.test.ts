import { describe, expect, it } from 'vitest';
import { grid, linePath, linearScale, niceTicks } from './chart-scale';

describe('chart scales', () => {
  it('maps a domain linearly and collapses a zero-width one to the middle', () => {
    const s = linearScale([0, 10], [100, 0]);
    expect([s(0), s(5), s(10)]).toEqual([100, 50, 0]);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });

  it('picks round ticks', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 1000, 4)).toEqual([0, 500, 1000]);
    expect(niceTicks(-3, 3, 3)).toEqual([-2, 0, 2]);
    expect(niceTicks(1, 1)).toEqual([1]);
  });

  it('breaks the path at non-finite points instead of printing NaN', () => {
    const id = (v: number) => v;
    expect(linePath([[0, 0], [1, 1], [2, NaN], [3, 3], [4, Infinity]], id, id)).toBe('M0.0 0.0L1.0 1.0M3.0 3.0');
    expect(grid(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
