/** Shannon entropy of a probability vector in nats, with 0·log 0 = 0. */
export function entropy(probs: readonly number[]): number {
  let h = 0;
  for (const p of probs) if (p > 0) h -= p * Math.log(p);
  return Math.max(0, h); // rounding can leave −1e-17 for a one-hot vector
}

export const natsToBits = (nats: number) => nats / Math.LN2;
