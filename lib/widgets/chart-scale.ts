/** Scales, ticks and SVG paths for the hand-written widget charts. */

export type Scale = (v: number) => number;

/** Linear map from [d0, d1] to [r0, r1]; a zero-width domain maps everything to the middle. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  if (!(span !== 0 && Number.isFinite(span))) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** About `count` round tick values (1, 2 or 5 × 10^k apart) covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * SVG path through (x, y) points; a non-finite point (or one outside the clip range) breaks the line
 * instead of writing NaN into the path.
 */
export function linePath(points: readonly (readonly [number, number])[], sx: Scale, sy: Scale): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    const px = sx(x);
    const py = sy(y);
    if (!Number.isFinite(px) || !Number.isFinite(py) || Math.abs(py) > 1e4 || Math.abs(px) > 1e4) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** n + 1 evenly spaced samples of [lo, hi]. */
export const grid = (lo: number, hi: number, n: number) => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
