/** Draw n samples from a categorical distribution; returns counts per class. O(n · classes), classes ≤ 12. */
export function sampleCounts(probs: readonly number[], n: number, rng: () => number): number[] {
  const counts = probs.map(() => 0);
  const last = probs.reduce((best, p, i) => (p > 0 ? i : best), -1);
  if (last < 0) return counts;
  for (let s = 0; s < n; s++) {
    let u = rng();
    let i = 0;
    // Fall through to the last non-zero class so rounding in Σp < 1 never picks a zero-probability class.
    while (i < last && (u -= probs[i]!) >= 0) i++;
    counts[i]!++;
  }
  return counts;
}
