/** Seeded pseudo-random numbers, so generated data and "random" matrices are reproducible from a link. */

/** mulberry32: a tiny 32-bit PRNG, returns uniform numbers in [0, 1). */
export function createRng(seed: number): () => number {
  let a = Math.trunc(seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a uniform source. */
export function createNormal(rng: () => number): () => number {
  return () => {
    const u = 1 - rng(); // (0, 1], so log(u) is finite
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** rows × cols matrix with entries in [−scale, scale] rounded to one decimal: readable in a table. */
export function randomMatrix(rows: number, cols: number, rng: () => number, scale = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round((rng() * 2 - 1) * scale * 10) / 10));
}
