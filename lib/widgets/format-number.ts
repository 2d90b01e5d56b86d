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
  // Exponent form once fixed decimals would keep fewer than 3 significant digits.
  const exp = a >= 1e6 || a < 10 ** -(digits - 2);
  const s = exp
    ? x.toExponential(Math.max(1, digits - 1)).replace(trimZeros ? /\.?0+e/ : /$^/, 'e')
    : trimZeros
      ? Number(x.toFixed(digits)).toString()
      : x.toFixed(digits);
  return s.replace(/^-/, '−');
}
