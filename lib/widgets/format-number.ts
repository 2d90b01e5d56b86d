/**
 * Numbers for readouts: fixed decimals in the usual range, scientific notation for very small or
 * very large magnitudes (so 6.0337e-6 does not read as 0.000), and words for what is not a number.
 */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  const s = a >= 1e6 || a < 10 ** -digits ? x.toExponential(Math.max(1, digits - 1)) : Number(x.toFixed(digits)).toString();
  return s.replace(/^-/, '−');
}
