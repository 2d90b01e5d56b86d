import { isNumberArray, isStringArray } from './hash-state';
import type { Rules } from './param-state';

export interface DecodingState {
  tokens: string[];
  logits: number[];
  /** Tokens already in the generated text: the repetition penalty applies to them. */
  seen: boolean[];
  t: number;
  topK: number;
  topP: number;
  penalty: number;
  /** Draws of the sampling demo; 0 = not drawn yet. */
  draws: number;
  seed: number;
}

export const TOKENS_MIN = 2;
export const TOKENS_MAX = 10;
export const DRAWS_MAX = 100_000;
const sized = (v: unknown[]) => v.length >= TOKENS_MIN && v.length <= TOKENS_MAX;

export const DECODING_RULES: Rules<DecodingState> = {
  tokens: { check: (v) => isStringArray(v) && sized(v) && v.every((s) => s.length >= 1 && s.length <= 8) },
  logits: { check: (v) => isNumberArray(v) && sized(v) },
  seen: { check: (v) => Array.isArray(v) && sized(v) && v.every((b) => typeof b === 'boolean') },
  t: { min: 0.01, max: 100 },
  topK: { min: 0, max: TOKENS_MAX, integer: true },
  topP: { min: 0.01, max: 1 },
  penalty: { min: 1, max: 10 },
  draws: { min: 0, max: DRAWS_MAX, integer: true },
  seed: { min: 0, max: 2 ** 31, integer: true },
};

export const decodingConsistent = (s: DecodingState) => s.logits.length === s.tokens.length && s.seen.length === s.tokens.length;

const base: DecodingState = {
  tokens: ['猫', '狗', '鱼', '鸟', '树', '车'],
  logits: [3, 2.5, 1.5, 1, -1, -2],
  seen: [true, false, false, false, false, true],
  t: 1,
  topK: 0,
  topP: 1,
  penalty: 1,
  draws: 0,
  seed: 1,
};
export const DECODING_PRESETS: Record<string, DecodingState> = {
  plain: base,
  greedy: { ...base, topK: 1 },
  'top-k': { ...base, topK: 3 },
  'top-p': { ...base, topP: 0.9 },
  'cold-top-p': { ...base, t: 0.7, topP: 0.9 },
  penalty: { ...base, penalty: 1.5 },
};
export const DEFAULT_DECODING_PRESET = 'plain';
