import { createNormal, createRng } from './random';
import type { ScoredLabel } from './roc';

export interface GeneratorParams {
  /** Distance between the class means, in units of the spread (d′). */
  separation: number;
  /** Standard deviation of each class's latent score. */
  spread: number;
  positives: number;
  negatives: number;
  /** Each negative is repeated this many times: changes only the class ratio, not the ranking. */
  negativeCopies: number;
  seed: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Two class-conditional normal latents, negatives N(0, σ²) and positives N(d′σ, σ²), squashed by a
 * sigmoid into (0, 1) so they read like probabilities (monotone, so ROC is unchanged). Scores are
 * rounded to 4 decimals, as a model's output often is, which also produces some ties.
 */
export function generateScores(p: GeneratorParams): ScoredLabel[] {
  // Separate streams per class, so changing one class's count leaves the other's scores as they were.
  const posNormal = createNormal(createRng(p.seed));
  const negNormal = createNormal(createRng(p.seed ^ 0x5bd1e995));
  const draw = (mean: number, z: number) => Math.round(sigmoid(mean + p.spread * z) * 1e4) / 1e4;
  const out: ScoredLabel[] = [];
  for (let i = 0; i < p.positives; i++) out.push({ score: draw(p.separation * p.spread, posNormal()), label: 1 });
  for (let i = 0; i < p.negatives; i++) {
    const s = draw(0, negNormal());
    for (let c = 0; c < p.negativeCopies; c++) out.push({ score: s, label: 0 });
  }
  return out;
}
