import { describe, expect, it } from 'vitest';
import { contourSegments, OPTIMIZERS, surfaces, trajectory } from './optimizers';

// Reference iterates from a Python re-implementation of the same update rules (stdlib only).
const p = { lr: 0.12, lrAdam: 0.1, momentum: 0.9, beta1: 0.9, beta2: 0.999, weightDecay: 0.1 };
const close = (got: number[], want: number[], d = 8) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, d));

describe('optimiser trajectories', () => {
  it('match the reference after 10 steps on the ill-conditioned quadratic', () => {
    const want: Record<string, [number, number]> = {
      sgd: [-1.114003904, 1.536e-7],
      momentum: [2.1532749293, 1.0406346774],
      nesterov: [1.0758124654, 0.0363846905],
      adam: [-3.0099116752, 0.5379534115],
      adamw: [-2.6756352643, 0.4451428351],
    };
    for (const name of OPTIMIZERS) {
      const t = trajectory(name, surfaces.quadratic, [-4, 1.5], p, 10);
      expect(t.points).toHaveLength(11);
      close(t.points[10]!, want[name]!);
    }
  });

  it('match the reference after 5 Rosenbrock steps, and stop where Nesterov diverges', () => {
    const q = { ...p, lr: 0.0015, lrAdam: 0.05 };
    close(trajectory('sgd', surfaces.rosenbrock, [-1.5, 2], q, 5).points[5]!, [-0.7014610342, 2.0521019624]);
    close(trajectory('adamw', surfaces.rosenbrock, [-1.5, 2], q, 5).points[5]!, [-1.3753732898, 2.0259000839]);
    const n = trajectory('nesterov', surfaces.rosenbrock, [-1.5, 2], q, 300);
    expect(n.divergedAt).not.toBeNull();
    expect(n.points.flat().every((x) => Number.isFinite(x) && Math.abs(x) < 1e6)).toBe(true);
  });

  it('escapes the saddle towards a minimum at (0, ±1)', () => {
    const t = trajectory('nesterov', surfaces.saddle, [-2, 0.001], { ...p, lr: 0.1 }, 100);
    close(t.points[100]!, [-4.724197659683365e-5, 0.9999993229451316], 6);
  });

  it('gradients agree with finite differences', () => {
    for (const s of Object.values(surfaces)) {
      const [x, y] = [0.3, -0.7];
      const h = 1e-6;
      const g = s.grad(x, y);
      expect(g[0]).toBeCloseTo((s.f(x + h, y) - s.f(x - h, y)) / (2 * h), 4);
      expect(g[1]).toBeCloseTo((s.f(x, y + h) - s.f(x, y - h)) / (2 * h), 4);
    }
  });

  it('contour segments lie inside the plot window', () => {
    const segs = contourSegments(surfaces.quadratic, 20, 5);
    expect(segs.length).toBeGreaterThan(20);
    for (const [a, b] of segs) for (const [x, y] of [a, b]) expect(Math.abs(x) <= 5 && Math.abs(y) <= 3).toBe(true);
  });
});
