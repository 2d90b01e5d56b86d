/**
 * Optimiser trajectories on 2-D loss surfaces, with the update rules as PyTorch writes them:
 * momentum v ← βv + g, w ← w − ηv; Nesterov w ← w − η(g + βv); Adam with bias correction and
 * ε = 1e-8; AdamW = Adam plus the decoupled decay w ← w − η·λ·w.
 */

export type Vec2 = [number, number];

export const SURFACES = ['quadratic', 'rosenbrock', 'saddle'] as const;
export type SurfaceName = (typeof SURFACES)[number];

export interface Surface {
  f: (x: number, y: number) => number;
  grad: (x: number, y: number) => Vec2;
  /** Plot window and the minimiser(s), for the chart. */
  x: [number, number];
  y: [number, number];
  minima: Vec2[];
}

export const surfaces: Record<SurfaceName, Surface> = {
  // Condition number 10: SGD zig-zags across y while it crawls along x.
  quadratic: { f: (x, y) => 0.5 * (x * x + 10 * y * y), grad: (x, y) => [x, 10 * y], x: [-5, 5], y: [-3, 3], minima: [[0, 0]] },
  rosenbrock: {
    f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
    x: [-2, 2],
    y: [-1, 3],
    minima: [[1, 1]],
  },
  // Saddle at the origin, minima at (0, ±1): ½x² + ¼y⁴ − ½y².
  saddle: { f: (x, y) => 0.5 * x * x + 0.25 * y ** 4 - 0.5 * y * y, grad: (x, y) => [x, y ** 3 - y], x: [-2.5, 2.5], y: [-1.8, 1.8], minima: [[0, 1], [0, -1]] },
};

export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adam', 'adamw'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export interface OptimizerParams {
  /** Learning rate of SGD, momentum and Nesterov. */
  lr: number;
  /** Learning rate of Adam and AdamW (their steps are about lr in size, so it differs in scale). */
  lrAdam: number;
  momentum: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
}

const EPS = 1e-8;
/** Beyond this the run is called diverged and stops (and nothing non-finite reaches the screen). */
export const DIVERGED = 1e6;

export interface Trajectory {
  points: Vec2[];
  /** The step at which the iterate left the finite range, or null. */
  divergedAt: number | null;
}

/** Up to `steps` updates from `start`; stops early if the iterate diverges. */
export function trajectory(name: OptimizerName, surface: Surface, start: Vec2, p: OptimizerParams, steps: number): Trajectory {
  let w: Vec2 = [...start];
  let v: Vec2 = [0, 0];
  let m: Vec2 = [0, 0];
  let s: Vec2 = [0, 0];
  const points: Vec2[] = [w];
  for (let t = 1; t <= steps; t++) {
    const g = surface.grad(w[0], w[1]);
    let next: Vec2;
    if (name === 'sgd') next = [w[0] - p.lr * g[0], w[1] - p.lr * g[1]];
    else if (name === 'momentum' || name === 'nesterov') {
      v = [p.momentum * v[0] + g[0], p.momentum * v[1] + g[1]];
      const d: Vec2 = name === 'momentum' ? v : [g[0] + p.momentum * v[0], g[1] + p.momentum * v[1]];
      next = [w[0] - p.lr * d[0], w[1] - p.lr * d[1]];
    } else {
      m = [p.beta1 * m[0] + (1 - p.beta1) * g[0], p.beta1 * m[1] + (1 - p.beta1) * g[1]];
      s = [p.beta2 * s[0] + (1 - p.beta2) * g[0] ** 2, p.beta2 * s[1] + (1 - p.beta2) * g[1] ** 2];
      const c1 = 1 - p.beta1 ** t;
      const c2 = 1 - p.beta2 ** t;
      const decay = name === 'adamw' ? 1 - p.lrAdam * p.weightDecay : 1;
      next = [0, 1].map((i) => w[i]! * decay - (p.lrAdam * (m[i]! / c1)) / (Math.sqrt(s[i]! / c2) + EPS)) as Vec2;
    }
    if (!next.every((x) => Number.isFinite(x) && Math.abs(x) < DIVERGED)) return { points, divergedAt: t };
    w = next;
    points.push(w);
  }
  return { points, divergedAt: null };
}

/**
 * Contour lines of f over a grid (marching squares), as segments in data coordinates. Levels are
 * spaced quadratically above the grid minimum, denser near the bottom of the valley.
 */
export function contourSegments(surface: Surface, n = 48, count = 12): [Vec2, Vec2][] {
  const [x0, x1] = surface.x;
  const [y0, y1] = surface.y;
  const xs = Array.from({ length: n + 1 }, (_, i) => x0 + ((x1 - x0) * i) / n);
  const ys = Array.from({ length: n + 1 }, (_, j) => y0 + ((y1 - y0) * j) / n);
  const v = ys.map((y) => xs.map((x) => surface.f(x, y)));
  const flat = v.flat();
  const lo = Math.min(...flat);
  const hi = Math.max(...flat);
  const segs: [Vec2, Vec2][] = [];
  for (let k = 1; k <= count; k++) {
    const level = lo + (hi - lo) * (k / (count + 1)) ** 2.5;
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        const corners: [Vec2, number][] = [
          [[xs[i]!, ys[j]!], v[j]![i]!],
          [[xs[i + 1]!, ys[j]!], v[j]![i + 1]!],
          [[xs[i + 1]!, ys[j + 1]!], v[j + 1]![i + 1]!],
          [[xs[i]!, ys[j + 1]!], v[j + 1]![i]!],
        ];
        const cross: Vec2[] = [];
        for (let e = 0; e < 4; e++) {
          const [pa, fa] = corners[e]!;
          const [pb, fb] = corners[(e + 1) % 4]!;
          if (fa < level !== fb < level) {
            const t = (level - fa) / (fb - fa);
            cross.push([pa[0] + t * (pb[0] - pa[0]), pa[1] + t * (pb[1] - pa[1])]);
          }
        }
        if (cross.length >= 2) segs.push([cross[0]!, cross[1]!]);
        if (cross.length === 4) segs.push([cross[2]!, cross[3]!]);
      }
  }
  return segs;
}
