import { describe, expect, it } from 'vitest';
import { learningRate, noamPeak, scheduleCurve, type Schedule } from './lr-schedule';

const base: Schedule = { peak: 2e-5, minLr: 0, warmup: 1000, total: 10000, decay: 'linear', stepEvery: 1000, stepGamma: 0.5 };
const lr = (s: Schedule, t: number) => learningRate(s, t).lr;

// Expected values recomputed in Python (math module) from the notes' tables.
describe('learning-rate schedules', () => {
  it('linear warmup then linear decay (learning-rate-warmup table)', () => {
    expect([250, 500, 1000, 5500, 10000].map((t) => lr(base, t))).toEqual([5e-6, 1e-5, 2e-5, 1e-5, 0].map((v, i) => expect.closeTo(v, i === 4 ? 20 : 18)));
    expect(learningRate(base, 500).phase).toBe('warmup');
    expect(learningRate(base, 10000).phase).toBe('done');
  });

  it('cosine vs linear without warmup (learning-rate-schedules table)', () => {
    const cos: Schedule = { ...base, warmup: 0, total: 1000, decay: 'cosine' };
    expect([0, 250, 500, 750, 1000].map((t) => lr(cos, t))).toEqual([2e-5, 1.7071067811865477e-5, 1e-5, 2.9289321881345257e-6, 0].map((v) => expect.closeTo(v, 18)));
    expect(lr({ ...cos, minLr: 1e-6 }, 1000)).toBeCloseTo(1e-6, 18);
  });

  it('Noam = warmup + inverse square root, peak 1/√(d_model·T_w)', () => {
    const noam: Schedule = { ...base, peak: noamPeak(512, 4000), warmup: 4000, total: 20000, decay: 'invsqrt' };
    expect(noam.peak).toBeCloseTo(6.987712429686843e-4, 15);
    const got = [1000, 2000, 4000, 8000, 16000].map((t) => lr(noam, t));
    [1.7469281074217107e-4, 3.4938562148434214e-4, 6.987712429686843e-4, 4.941058844013093e-4, 3.4938562148434214e-4].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 15));
  });

  it('step decay halves every stepEvery steps after warmup', () => {
    const step: Schedule = { ...base, peak: 0.1, warmup: 500, total: 5000, decay: 'step' };
    expect([499, 500, 1499, 1500, 2500].map((t) => lr(step, t))).toEqual([expect.closeTo(0.0998, 12), 0.1, 0.1, 0.05, 0.025]);
  });

  it('samples the whole range, ending at total', () => {
    const c = scheduleCurve(base, 100);
    expect(c[0]).toEqual([0, 0]);
    expect(c.at(-1)).toEqual([10000, 0]);
    expect(c.length).toBe(101);
    expect(scheduleCurve({ ...base, warmup: 0, total: 3 }, 100).map(([t]) => t)).toEqual([0, 1, 2, 3]);
  });
});
