import { matmul, sliceColumns, transpose, type Matrix } from './matrix';
import { softmax } from './softmax';

export interface AttentionOptions {
  /** Divide scores by √d_k (d_k = columns of each head's Q/K). */
  scale: boolean;
  /** Query i may only attend to keys j ≤ i. */
  causal: boolean;
  /** Key positions that are padding: no query attends to them. */
  padded: readonly number[];
  /** Extra softmax temperature applied after scaling (1 = none); ≤ 0 means the argmax limit. */
  temperature: number;
}

export interface HeadResult {
  dk: number;
  q: Matrix;
  k: Matrix;
  v: Matrix;
  /** raw[i][j] = q_i · k_j. */
  raw: Matrix;
  /** Logits fed to softmax: raw / √d_k (if scaling) / T, with −∞ where masked. */
  logits: Matrix;
  /** weights[query][key]; each row sums to 1, or is all 0 when the row is fully masked. */
  weights: Matrix;
  /** outputs[i] = Σ_j weights[i][j] · v_j. */
  outputs: Matrix;
  /** Query rows with no visible key: weights and output are 0 by convention. */
  fullyMasked: number[];
}

export function isKeyMasked(query: number, key: number, opts: Pick<AttentionOptions, 'causal' | 'padded'>): boolean {
  return (opts.causal && key > query) || opts.padded.includes(key);
}

/** One scaled dot-product attention head over given Q, K, V. */
export function attendHead(q: Matrix, k: Matrix, v: Matrix, opts: AttentionOptions): HeadResult {
  const dk = q[0]?.length ?? 0;
  const raw = matmul(q, transpose(k));
  const divisor = opts.scale && dk > 0 ? Math.sqrt(dk) : 1;
  const logits = raw.map((row, i) => row.map((s, j) => (isKeyMasked(i, j, opts) ? -Infinity : s / divisor)));
  const weights = logits.map((row) => softmax(row, opts.temperature));
  const fullyMasked = logits.flatMap((row, i) => (row.every((x) => x === -Infinity) ? [i] : []));
  return { dk, q, k, v, raw, logits, weights, outputs: matmul(weights, v), fullyMasked };
}

export interface AttentionInput {
  x: Matrix;
  wq: Matrix;
  wk: Matrix;
  wv: Matrix;
}

export interface AttentionResult {
  q: Matrix;
  k: Matrix;
  v: Matrix;
  heads: HeadResult[];
  /** Concatenated head outputs (no output projection W_O: the widget shows the heads themselves). */
  outputs: Matrix;
}

/** Why a configuration cannot be computed, or null if it can. */
export function attentionShapeError(input: AttentionInput, heads: number): 'shape' | 'heads' | null {
  const dIn = input.x[0]?.length ?? 0;
  const ws = [input.wq, input.wk, input.wv];
  if (input.x.length === 0 || dIn === 0 || ws.some((w) => w.length !== dIn || (w[0]?.length ?? 0) === 0)) return 'shape';
  if (input.wq[0]!.length !== input.wk[0]!.length) return 'shape';
  const dq = input.wq[0]!.length;
  const dv = input.wv[0]!.length;
  if (!Number.isInteger(heads) || heads < 1 || dq % heads !== 0 || dv % heads !== 0) return 'heads';
  return null;
}

/**
 * Self-attention Q = XW_Q, K = XW_K, V = XW_V, split column-wise into `heads` heads
 * (d_k = d_q / h per head). Call attentionShapeError first; shapes are assumed valid here.
 */
export function selfAttention(input: AttentionInput, heads: number, opts: AttentionOptions): AttentionResult {
  const q = matmul(input.x, input.wq);
  const k = matmul(input.x, input.wk);
  const v = matmul(input.x, input.wv);
  const dk = q[0]!.length / heads;
  const dv = v[0]!.length / heads;
  const results = Array.from({ length: heads }, (_, h) =>
    attendHead(sliceColumns(q, h * dk, (h + 1) * dk), sliceColumns(k, h * dk, (h + 1) * dk), sliceColumns(v, h * dv, (h + 1) * dv), opts),
  );
  const outputs = input.x.map((_, i) => results.flatMap((r) => r.outputs[i]!));
  return { q, k, v, heads: results, outputs };
}

/** Population variance of the finite entries (masked −∞ cells are skipped); 0 when there are none. */
export function finiteVariance(m: Matrix): number {
  const xs = m.flat().filter(Number.isFinite);
  if (xs.length === 0) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
}
