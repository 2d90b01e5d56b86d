/**
 * Focal loss FL(p_t) = −α_t (1 − p_t)^γ log p_t (Lin et al., 2017) and its gradient with respect to
 * the true class's logit z_t (p_t = σ(z_t)), which is what actually drives training. γ = 0, α_t = 1
 * is plain cross-entropy.
 */

/** (1 − p)^γ with 0^0 = 1, so γ = 0 gives exactly cross-entropy even at p = 1. */
const modulator = (p: number, gamma: number) => (gamma === 0 ? 1 : (1 - p) ** gamma);

/** −α (1 − p)^γ log p for p in (0, 1]; p = 0 gives +∞. */
export function focalLoss(p: number, gamma: number, alpha = 1): number {
  if (p <= 0) return Infinity;
  return -alpha * modulator(p, gamma) * Math.log(p);
}

/**
 * ∂FL/∂z_t = α (1 − p)^γ (γ p log p + p − 1) ≤ 0: always pushes z_t up; CE gives p − 1.
 * Written with log1p-free terms that stay finite on (0, 1].
 */
export function focalGradLogit(p: number, gamma: number, alpha = 1): number {
  if (p <= 0) return -alpha;
  return alpha * modulator(p, gamma) * (gamma * p * Math.log(p) + p - 1);
}

export interface BatchGroup {
  count: number;
  pt: number;
  alpha: number;
}

export interface BatchShare {
  /** Total loss of each group (count × per-example loss). */
  totals: number[];
  /** Each group's share of the batch loss, in [0, 1]. */
  shares: number[];
}

/** How a batch's loss splits between groups of examples (e.g. a few hard positives, many easy negatives). */
export function batchShares(groups: readonly BatchGroup[], gamma: number): BatchShare {
  const totals = groups.map((g) => (g.count === 0 ? 0 : g.count * focalLoss(g.pt, gamma, g.alpha)));
  const sum = totals.reduce((a, b) => a + b, 0);
  return { totals, shares: totals.map((t) => (sum > 0 && Number.isFinite(sum) ? t / sum : 0)) };
}
