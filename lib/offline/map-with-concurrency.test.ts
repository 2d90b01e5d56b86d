import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './map-with-concurrency';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapWithConcurrency', () => {
  it('returns results in the order of the items, not the order the calls finish in', async () => {
    const delays = [30, 5, 20, 0, 10];
    const finished: number[] = [];
    const results = await mapWithConcurrency(delays, 2, async (ms, i) => {
      await tick(ms);
      finished.push(i);
      return ms * 2;
    });
    expect(results).toEqual(delays.map((ms) => ({ ok: true, value: ms * 2 })));
    expect(finished).not.toEqual([0, 1, 2, 3, 4]);
  });

  it('never has more than `limit` calls in flight, and uses all of them', async () => {
    let running = 0;
    let peak = 0;
    await mapWithConcurrency(Array.from({ length: 12 }, (_, i) => i), 3, async (i) => {
      running++;
      peak = Math.max(peak, running);
      await tick(i % 4);
      running--;
    });
    expect(peak).toBe(3);
  });

  it('reports a failing item in its own slot and still runs the others', async () => {
    const seen: string[] = [];
    const results = await mapWithConcurrency(['a', 'bad', 'c', 'd'], 2, async (s) => {
      seen.push(s);
      if (s === 'bad') throw new Error('404');
      return s.toUpperCase();
    });
    expect(seen.sort()).toEqual(['a', 'bad', 'c', 'd']);
    expect(results.map((r) => (r.ok ? r.value : `error: ${(r.error as Error).message}`))).toEqual(['A', 'error: 404', 'C', 'D']);
  });

  it('calls fn once per item with its index, and handles an empty list', async () => {
    const calls: [string, number][] = [];
    await mapWithConcurrency(['x', 'y', 'z'], 8, async (s, i) => void calls.push([s, i]));
    expect(calls.sort()).toEqual([['x', 0], ['y', 1], ['z', 2]]);
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it('rejects a limit that would run nothing', async () => {
    await expect(mapWithConcurrency([1], 0, async (x) => x)).rejects.toThrow(RangeError);
    await expect(mapWithConcurrency([1], 1.5, async (x) => x)).rejects.toThrow(RangeError);
  });
});
