import { softmax } from './softmax';

/**
 * One decoding step as Hugging Face's `generate` applies it: repetition penalty on the logits of
 * tokens already generated (CTRL, Keskar et al. 2019: z/θ if z > 0, z·θ otherwise), then
 * temperature, then top-k, then top-p (nucleus), then renormalisation over the survivors.
 */

export interface DecodingParams {
  temperature: number;
  /** Keep the k most probable tokens; 0 = no top-k. */
  topK: number;
  /** Keep the smallest set of most probable tokens whose mass reaches p; 1 = no top-p. */
  topP: number;
  /** θ ≥ 1; 1 = no penalty. */
  penalty: number;
}

export type Fate = 'kept' | 'top-k' | 'top-p';

export interface DecodingStep {
  /** Logits after the repetition penalty. */
  penalized: number[];
  /** softmax(penalized / T) over all tokens. */
  tempered: number[];
  fate: Fate[];
  /** Final distribution: tempered probabilities of the survivors, renormalised. */
  final: number[];
  /** Mass of the survivors before renormalisation. */
  keptMass: number;
}

export const penalize = (z: number, seen: boolean, theta: number) => (!seen || theta === 1 ? z : z > 0 ? z / theta : z * theta);

/** Indices sorted by probability, high to low; ties keep the lower index first. */
const byProbability = (p: readonly number[]) => p.map((_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);

export function decodingStep(logits: readonly number[], seen: readonly boolean[], params: DecodingParams): DecodingStep {
  const penalized = logits.map((z, i) => penalize(z, seen[i] ?? false, params.penalty));
  const tempered = softmax(penalized, params.temperature);
  const order = byProbability(tempered);
  const fate: Fate[] = tempered.map(() => 'kept');
  if (params.topK > 0) order.slice(params.topK).forEach((i) => (fate[i] = 'top-k'));
  if (params.topP < 1) {
    // As in Hugging Face, top-p sees the top-k survivors renormalised; the token that crosses p is kept.
    const afterK = tempered.reduce((a, p, i) => (fate[i] === 'kept' ? a + p : a), 0);
    let mass = 0;
    for (const i of order) {
      if (fate[i] !== 'kept') continue;
      if (mass >= params.topP) fate[i] = 'top-p';
      else mass += tempered[i]! / afterK;
    }
  }
  const keptMass = tempered.reduce((a, p, i) => (fate[i] === 'kept' ? a + p : a), 0);
  const final = tempered.map((p, i) => (fate[i] === 'kept' && keptMass > 0 ? p / keptMass : 0));
  return { penalized, tempered, fate, final, keptMass };
}
