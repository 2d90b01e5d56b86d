import { isFiniteNumber, isNumberArray, isRecord, isStringArray } from './hash-state';

export interface SoftmaxState {
  names: string[];
  logits: number[];
  /** Temperature, T_MIN ≤ T ≤ T_MAX. */
  t: number;
  /** Samples in the sampling demo; 0 = not drawn yet. */
  samples: number;
  seed: number;
}

export const CLASSES_MIN = 2;
export const CLASSES_MAX = 12;
export const T_MIN = 1e-4;
export const T_MAX = 1e4;
export const SAMPLES_MAX = 100_000;
const NAME_MAX = 16;

const DEFAULT_NAMES = ['猫', '狗', '兔', '鸟', '鱼', '马', '牛', '羊', '鸡', '鸭', '鹅', '龟'];
export const defaultNames = (n: number) => DEFAULT_NAMES.slice(0, n).concat(Array.from({ length: Math.max(0, n - 12) }, (_, i) => `类${13 + i}`));

const make = (logits: number[], t = 1): SoftmaxState => ({ names: defaultNames(logits.length), logits, t, samples: 0, seed: 1 });

export const SOFTMAX_PRESETS: Record<string, SoftmaxState> = {
  syllabus: make([1, 2, 3]),
  'syllabus-t0.5': make([1, 2, 3], 0.5),
  'syllabus-t2': make([1, 2, 3], 2),
  'syllabus-t5': make([1, 2, 3], 5),
  infonce: { ...make([0.8, 0.5, 0.1], 0.1), names: ['正样本', '负样本1', '负样本2'] },
  ties: make([3, 1, 3], 0.1),
  extreme: make([1e308, -1e308, 0]),
  distill: make([6, 2, 1, 0.5, -1], 4),
};
export const DEFAULT_SOFTMAX_PRESET = 'syllabus';

const validT = (t: unknown): t is number => isFiniteNumber(t) && t >= T_MIN && t <= T_MAX;

function validState(s: SoftmaxState): boolean {
  const n = s.logits.length;
  return (
    n >= CLASSES_MIN &&
    n <= CLASSES_MAX &&
    s.names.length === n &&
    s.names.every((name) => name.length <= NAME_MAX) &&
    validT(s.t) &&
    Number.isInteger(s.samples) &&
    s.samples >= 0 &&
    s.samples <= SAMPLES_MAX &&
    Number.isInteger(s.seed)
  );
}

/** State from a share link (`{names, logits, t, samples, seed}`), or null if anything is off. */
export function decodeSoftmaxState(raw: unknown): SoftmaxState | null {
  if (!isRecord(raw) || !isNumberArray(raw.logits) || !isStringArray(raw.names)) return null;
  const s: SoftmaxState = { names: raw.names, logits: raw.logits, t: raw.t as number, samples: (raw.samples ?? 0) as number, seed: (raw.seed ?? 1) as number };
  return validState(s) ? s : null;
}

export interface SoftmaxProps {
  logits?: unknown;
  names?: unknown;
  temperature?: unknown;
  preset?: unknown;
  /** Index of the true class: adds the cross-entropy −log p_target readout (InfoNCE: the positive). */
  target?: unknown;
}

/** The target class index if it names one of `n` classes, else null. */
export const targetIndex = (target: unknown, n: number): number | null => (Number.isInteger(target) && (target as number) >= 0 && (target as number) < n ? (target as number) : null);

/** Initial state from MDX props; `bad` says some prop was unusable and a default replaced it. */
export function softmaxStateFromProps(p: SoftmaxProps): { state: SoftmaxState; bad: boolean } {
  const presetOk = p.preset === undefined || (typeof p.preset === 'string' && p.preset in SOFTMAX_PRESETS);
  const base = SOFTMAX_PRESETS[presetOk && typeof p.preset === 'string' ? p.preset : DEFAULT_SOFTMAX_PRESET]!;
  const logits = p.logits === undefined ? base.logits : p.logits;
  const s = {
    ...base,
    logits: isNumberArray(logits) ? logits : base.logits,
    t: p.temperature === undefined ? base.t : (p.temperature as number),
  };
  s.names = isStringArray(p.names) && p.names.length === s.logits.length ? p.names : defaultNames(s.logits.length);
  const ok = validState(s) && presetOk && (p.logits === undefined || isNumberArray(p.logits)) && (p.names === undefined || s.names === p.names);
  return ok ? { state: s, bad: false } : { state: base, bad: true };
}
