/**
 * Sinusoidal position encodings and RoPE (Vaswani et al. 2017; Su et al. 2021). Pair k of a
 * d-dimensional encoding turns at frequency ω_k = base^(−2k/d): pair 0 fastest, the last slowest.
 */

export const frequency = (k: number, d: number, base: number) => base ** ((-2 * k) / d);

/** PE_pos = [sin(pos·ω_0), cos(pos·ω_0), sin(pos·ω_1), …] of length d (d even). */
export function sinusoid(pos: number, d: number, base: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < d / 2; k++) {
    const a = pos * frequency(k, d, base);
    out.push(Math.sin(a), Math.cos(a));
  }
  return out;
}

/** PE_m · PE_n = Σ_k cos(ω_k (n − m)): depends on the offset only. */
export function sinusoidDot(offset: number, d: number, base: number): number {
  let s = 0;
  for (let k = 0; k < d / 2; k++) s += Math.cos(offset * frequency(k, d, base));
  return s;
}

export type Pair = [number, number];

/** A 2-D pair turned by `angle` radians (counter-clockwise). */
export const rotate = ([x, y]: Pair, angle: number): Pair => [x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)];

/** RoPE score of one pair: ⟨R(mθ)q, R(nθ)k⟩ = qᵀR((n − m)θ)k. */
export function ropeScore(q: Pair, k: Pair, m: number, n: number, theta: number): number {
  const a = rotate(q, m * theta);
  const b = rotate(k, n * theta);
  return a[0] * b[0] + a[1] * b[1];
}

/**
 * Position interpolation (Chen et al. 2023): a model trained on `trainLen` positions run at
 * `targetLen` uses position m·trainLen/targetLen, so every angle stays within the trained range.
 */
export const interpolate = (pos: number, trainLen: number, targetLen: number) => (targetLen > trainLen ? (pos * trainLen) / targetLen : pos);
