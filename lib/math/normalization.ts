/**
 * Normalisation layers on a [B, T, H] tensor (batch, tokens, hidden), with the text convention of
 * the notes: BN = BatchNorm1d(H), one group per hidden dim over B × T; LN and RMSNorm one group per
 * token over H; IN one group per (sample, hidden dim) over T; GN one group per (sample, block of
 * H/G hidden dims) over T × H/G. γ = 1, β = 0.
 */

export const NORMS = ['bn', 'ln', 'in', 'gn', 'rms'] as const;
export type Norm = (typeof NORMS)[number];

export type Tensor = number[][][];

export interface Group {
  /** What indexes the group: [b, t] for LN/RMS, [h] for BN, [b, h] for IN, [b, g] for GN. */
  key: number[];
  size: number;
  mean: number;
  variance: number;
  /** √(mean of squares): RMSNorm's statistic. */
  rms: number;
  /** The divisor actually used: √(var + ε) (or √(ms + ε) for RMSNorm); 0 means the output was set to 0. */
  scale: number;
}

export interface Normalized {
  groups: Group[];
  /** groupIndex[b][t][h]: the group the element belongs to. */
  groupIndex: number[][][];
  out: Tensor;
}

/** The group key of element (b, t, h). */
function keyOf(norm: Norm, b: number, t: number, h: number, blockSize: number): number[] {
  switch (norm) {
    case 'bn':
      return [h];
    case 'ln':
    case 'rms':
      return [b, t];
    case 'in':
      return [b, h];
    case 'gn':
      return [b, Math.floor(h / blockSize)];
  }
}

/** Normalise x; `groups` is GN's G (must divide H). A zero divisor gives output 0, never NaN. */
export function normalize(x: Tensor, norm: Norm, groups: number, eps: number): Normalized {
  const H = x[0]?.[0]?.length ?? 0;
  const blockSize = H / groups;
  const index = new Map<string, number>();
  const members: [number, number, number][][] = [];
  const groupIndex = x.map((sample, b) =>
    sample.map((row, t) =>
      row.map((_, h) => {
        const k = keyOf(norm, b, t, h, blockSize).join(',');
        if (!index.has(k)) index.set(k, members.push([]) - 1);
        const g = index.get(k)!;
        members[g]!.push([b, t, h]);
        return g;
      }),
    ),
  );
  const out: Tensor = x.map((s) => s.map((r) => r.map(() => 0)));
  const stats = members.map((cells) => {
    const vals = cells.map(([b, t, h]) => x[b]![t]![h]!);
    const n = vals.length;
    // Everything on halves, and sums of squares scaled by the largest term, so ±1e308 stays finite.
    const mean = 2 * vals.reduce((a, v) => a + v / 2 / n, 0);
    const dev = vals.map((v) => (norm === 'rms' ? v / 2 : v / 2 - mean / 2));
    const m = Math.max(...dev.map(Math.abs));
    const half = m > 0 ? m * Math.sqrt(dev.reduce((a, d) => a + (d / m) ** 2, 0) / n) : 0;
    const halfScale = half > 1e150 ? half : Math.sqrt(half * half + eps / 4);
    cells.forEach(([b, t, h], i) => {
      const y = halfScale > 0 ? dev[i]! / halfScale : 0;
      out[b]![t]![h] = Number.isFinite(y) ? y : 0;
    });
    const spread = (2 * half) ** 2;
    const [b0, t0, h0] = cells[0]!;
    const rms = norm === 'rms' ? 2 * half : Math.sqrt(vals.reduce((a, v) => a + (v / Math.sqrt(n)) ** 2, 0));
    return { key: keyOf(norm, b0, t0, h0, blockSize), size: n, mean, variance: norm === 'rms' ? Math.max(0, rms * rms - mean * mean) : spread, rms, scale: 2 * halfScale };
  });
  return { groups: stats, groupIndex, out };
}

/** [B·T rows × H] (sample-major) → [B][T][H]. */
export const toTensor = (rows: readonly number[][], batch: number): Tensor => {
  const t = rows.length / batch;
  return Array.from({ length: batch }, (_, b) => rows.slice(b * t, (b + 1) * t).map((r) => [...r]));
};
