/**
 * Numbers for readouts: fixed decimals in the usual range, scientific notation for very small or
 * very large magnitudes (so 6.0337e-6 does not read as 0.000), and a dash for what is not a number.
 * `trimZeros: false` keeps trailing zeros so columns of probabilities line up.
 */
export function formatNumber(x: number | null | undefined, digits = 4, trimZeros = true): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  const exp = a >= 1e6 || a < 10 ** -digits;
  const s = exp
    ? x.toExponential(Math.max(1, digits - 1)).replace(trimZeros ? /\.?0+e/ : /$^/, 'e')
    : trimZeros
      ? Number(x.toFixed(digits)).toString()
      : x.toFixed(digits);
  return s.replace(/^-/, '−');
}

/** For exact-value readouts: `digits` decimals, or `digits` significant digits once |x| < 0.001 (6.03366e-6). */
export function formatSignificant(x: number, digits = 6): string {
  if (x !== 0 && Math.abs(x) < 1e-3 && Number.isFinite(x)) return x.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace(/^-/, '−');
  return formatNumber(x, digits);
}

/** `sig` significant digits (0.001054, 2.303, 105.4), scientific below 1e-4 or from 1e6 on: for values spanning decades. */
export function formatPrecision(x: number, sig = 4): string {
  const a = Math.abs(x);
  if (x === 0 || !Number.isFinite(x) || a >= 1e6 || a < 1e-4) return formatSignificant(x, sig);
  return Number(x.toPrecision(sig)).toString().replace(/^-/, '−');
}
