import type { ScoredLabel } from '../math/roc';
import { generateScores, type GeneratorParams } from '../math/score-generator';
import { isFiniteNumber, isRecord } from './hash-state';

export interface RocState {
  mode: 'table' | 'generator';
  /** Table mode data, as [score, label] pairs. */
  rows: [number, 0 | 1][];
  gen: GeneratorParams;
  /** Predicted positive when score ≥ threshold; null = +∞ (nothing predicted positive). */
  threshold: number | null;
}

export const ROC_LIMITS = { tableRows: 500, points: 20_000, separation: 5, spreadMin: 0.2, spreadMax: 3, copies: 100 } as const;

const SYLLABUS_ROWS: [number, 0 | 1][] = [
  [0.9, 1],
  [0.8, 1],
  [0.7, 0],
  [0.6, 1],
  [0.55, 0],
  [0.4, 0],
];
const GEN: GeneratorParams = { separation: 1.5, spread: 1, positives: 200, negatives: 200, negativeCopies: 1, seed: 1 };

export const ROC_PRESETS: Record<string, RocState> = {
  syllabus: { mode: 'table', rows: SYLLABUS_ROWS, gen: GEN, threshold: 0.7 },
  overlap: { mode: 'generator', rows: SYLLABUS_ROWS, gen: { ...GEN, separation: 1 }, threshold: 0.5 },
  imbalanced: { mode: 'generator', rows: SYLLABUS_ROWS, gen: { ...GEN, positives: 100, negatives: 100, negativeCopies: 20 }, threshold: 0.6 },
  large: { mode: 'generator', rows: SYLLABUS_ROWS, gen: { ...GEN, positives: 5000, negatives: 5000 }, threshold: 0.5 },
};
export const DEFAULT_ROC_PRESET = 'syllabus';

export const totalPoints = (g: GeneratorParams) => g.positives + g.negatives * g.negativeCopies;

/** Why generator settings are unusable, or null. */
export function generatorProblem(g: GeneratorParams): 'points' | null {
  return totalPoints(g) > ROC_LIMITS.points ? 'points' : null;
}

function validGen(g: unknown): g is GeneratorParams {
  if (!isRecord(g)) return false;
  const { separation, spread, positives, negatives, negativeCopies, seed } = g;
  const int = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  return (
    isFiniteNumber(separation) &&
    separation >= 0 &&
    separation <= ROC_LIMITS.separation &&
    isFiniteNumber(spread) &&
    spread >= ROC_LIMITS.spreadMin &&
    spread <= ROC_LIMITS.spreadMax &&
    int(positives, 0, ROC_LIMITS.points) &&
    int(negatives, 0, ROC_LIMITS.points) &&
    int(negativeCopies, 1, ROC_LIMITS.copies) &&
    int(seed, 0, 2 ** 31) &&
    totalPoints(g as unknown as GeneratorParams) <= ROC_LIMITS.points
  );
}

const validRows = (rows: unknown): rows is [number, 0 | 1][] =>
  Array.isArray(rows) && rows.length <= ROC_LIMITS.tableRows && rows.every((r) => Array.isArray(r) && r.length === 2 && isFiniteNumber(r[0]) && (r[1] === 0 || r[1] === 1));

/** State from a share link, or null if anything is off. */
export function decodeRocState(raw: unknown): RocState | null {
  if (!isRecord(raw) || (raw.mode !== 'table' && raw.mode !== 'generator')) return null;
  if (!validRows(raw.rows) || !validGen(raw.gen)) return null;
  if (raw.threshold !== null && !isFiniteNumber(raw.threshold)) return null;
  return { mode: raw.mode, rows: raw.rows, gen: raw.gen, threshold: raw.threshold };
}

/** Initial state from MDX props (`preset`); `bad` if the preset is unknown. */
export function rocStateFromProps(p: { preset?: unknown }): { state: RocState; bad: boolean } {
  const ok = p.preset === undefined || (typeof p.preset === 'string' && p.preset in ROC_PRESETS);
  return { state: ROC_PRESETS[ok && typeof p.preset === 'string' ? p.preset : DEFAULT_ROC_PRESET]!, bad: !ok };
}

/** The data the widget analyses in its current mode. */
export function rocData(s: RocState): ScoredLabel[] {
  return s.mode === 'table' ? s.rows.map(([score, label]) => ({ score, label })) : generateScores(s.gen);
}
