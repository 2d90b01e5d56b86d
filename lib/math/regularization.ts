/**
 * L1 vs L2 regularisation: the 1-D proximal solutions (soft-thresholding, ridge shrinkage) and the
 * 2-D constrained view — a quadratic loss ½(w − w*)ᵀM(w − w*) minimised inside ‖w‖₁ ≤ C (diamond)
 * or ‖w‖₂ ≤ C (disk).
 */

export type Vec2 = [number, number];
/** Symmetric 2×2 matrix [[p, q], [q, r]]. */
export interface Sym2 {
  p: number;
  q: number;
  r: number;
}

/** argmin ½(w − z)² + λ|w| = sign(z)·max(|z| − λ, 0). */
export const softThreshold = (z: number, lambda: number) => Math.sign(z) * Math.max(Math.abs(z) - lambda, 0);

/** argmin ½(w − z)² + (λ/2)w² = z / (1 + λ). */
export const ridgeShrink = (z: number, lambda: number) => z / (1 + lambda);

/** M = R(θ)·diag(a1, a2)·R(θ)ᵀ: curvatures a1, a2 along axes turned by θ degrees. */
export function curvature(a1: number, a2: number, angleDeg: number): Sym2 {
  const t = (angleDeg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return { p: a1 * c * c + a2 * s * s, q: (a1 - a2) * c * s, r: a1 * s * s + a2 * c * c };
}

const mul = (m: Sym2, [x, y]: Vec2): Vec2 => [m.p * x + m.q * y, m.q * x + m.r * y];
const dot = (a: Vec2, b: Vec2) => a[0] * b[0] + a[1] * b[1];

export function quadLoss(w: Vec2, wStar: Vec2, m: Sym2): number {
  const d: Vec2 = [w[0] - wStar[0], w[1] - wStar[1]];
  return 0.5 * dot(d, mul(m, d));
}

/** Minimiser inside the L2 disk: (M + μI)w = Mw*, with μ ≥ 0 found by bisection so that ‖w‖ = C. */
export function l2Constrained(wStar: Vec2, m: Sym2, c: number): Vec2 {
  if (Math.hypot(...wStar) <= c) return wStar;
  const b = mul(m, wStar);
  const solve = (mu: number): Vec2 => {
    const p = m.p + mu;
    const r = m.r + mu;
    const det = p * r - m.q * m.q;
    return [(r * b[0] - m.q * b[1]) / det, (p * b[1] - m.q * b[0]) / det];
  };
  let lo = 0;
  let hi = 1;
  while (Math.hypot(...solve(hi)) > c && hi < 1e300) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (Math.hypot(...solve(mid)) > c) lo = mid;
    else hi = mid;
  }
  return solve(hi);
}

/** Minimiser inside the L1 diamond: inside if w* is, else the best point on one of the four edges (exact). */
export function l1Constrained(wStar: Vec2, m: Sym2, c: number): Vec2 {
  if (Math.abs(wStar[0]) + Math.abs(wStar[1]) <= c) return wStar;
  const v: Vec2[] = [[c, 0], [0, c], [-c, 0], [0, -c]];
  let best: Vec2 = v[0]!;
  let bestLoss = Infinity;
  v.forEach((p, i) => {
    const q = v[(i + 1) % 4]!;
    const d: Vec2 = [q[0] - p[0], q[1] - p[1]];
    const t = Math.min(1, Math.max(0, dot(d, mul(m, [wStar[0] - p[0], wStar[1] - p[1]])) / dot(d, mul(m, d))));
    // Snap to the vertex when t rounds there, so a sparse solution prints as an exact 0.
    const w: Vec2 = t <= 1e-12 ? p : t >= 1 - 1e-12 ? q : [p[0] + t * d[0], p[1] + t * d[1]];
    const loss = quadLoss(w, wStar, m);
    if (loss < bestLoss) {
      best = w;
      bestLoss = loss;
    }
  });
  return best;
}

/** Points of the level set ½(w − w*)ᵀM(w − w*) = level: an ellipse around w*. */
export function ellipse(wStar: Vec2, a1: number, a2: number, angleDeg: number, level: number, n = 72): Vec2[] {
  const t = (angleDeg * Math.PI) / 180;
  const r1 = Math.sqrt((2 * level) / a1);
  const r2 = Math.sqrt((2 * level) / a2);
  return Array.from({ length: n + 1 }, (_, i) => {
    const phi = (2 * Math.PI * i) / n;
    const u = r1 * Math.cos(phi);
    const v = r2 * Math.sin(phi);
    return [wStar[0] + u * Math.cos(t) - v * Math.sin(t), wStar[1] + u * Math.sin(t) + v * Math.cos(t)];
  });
}
