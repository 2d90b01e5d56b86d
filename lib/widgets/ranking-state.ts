import type { Gain } from '@/lib/math/ranking';
import { isStringArray } from './hash-state';
import type { Rules } from './param-state';

export interface RankingState {
  /** Document names in ranked order (position 1 first). */
  docs: string[];
  /** Relevance grade of each document, 0–GRADE_MAX. */
  grades: number[];
  k: number;
  gain: Gain;
  /** Grade from which an item counts as relevant for MRR and AP. */
  threshold: number;
  /** Relevant documents the list missed: they count in AP's R. */
  missed: number;
}

export const ITEMS_MAX = 12;
export const GRADE_MAX = 5;
export const DOC_NAMES = 'ABCDEFGHIJKL'.split('');

const gradeList = (v: unknown) => Array.isArray(v) && v.length >= 1 && v.length <= ITEMS_MAX && v.every((g) => Number.isInteger(g) && g >= 0 && g <= GRADE_MAX);
const docList = (v: unknown) => isStringArray(v) && v.length >= 1 && v.length <= ITEMS_MAX && new Set(v).size === v.length && v.every((d) => DOC_NAMES.includes(d));

export const RANKING_RULES: Rules<RankingState> = {
  docs: { check: docList },
  grades: { check: gradeList },
  k: { min: 1, max: ITEMS_MAX, integer: true },
  gain: { options: ['linear', 'exp'] },
  threshold: { min: 1, max: GRADE_MAX, integer: true },
  missed: { min: 0, max: 100, integer: true },
};

export const rankingConsistent = (s: RankingState) => s.docs.length === s.grades.length && s.k <= s.grades.length;

const list = (grades: number[]) => ({ docs: DOC_NAMES.slice(0, grades.length), grades });
export const RANKING_PRESETS: Record<string, RankingState> = {
  note: { ...list([3, 2, 3, 0, 1, 2]), k: 6, gain: 'linear', threshold: 1, missed: 0 },
  'note-k3': { ...list([3, 2, 3, 0, 1, 2]), k: 3, gain: 'linear', threshold: 1, missed: 0 },
  'note-exp': { ...list([3, 2, 3, 0, 1, 2]), k: 6, gain: 'exp', threshold: 1, missed: 0 },
  binary: { ...list([1, 0, 1, 0, 1]), k: 5, gain: 'linear', threshold: 1, missed: 0 },
  'binary-missed': { ...list([1, 0, 1, 0, 1]), k: 5, gain: 'linear', threshold: 1, missed: 1 },
};
export const DEFAULT_RANKING_PRESET = 'note';
