import { describe, expect, it } from 'vitest';
import { decodingStep, penalize } from './decoding';

// Reference numbers recomputed with a Python stdlib script (softmax, sort, cumulative sums).
const z = [3, 2.5, 1.5, 1, -1, -2];
const seen = [true, false, false, false, false, true];
const plain = { temperature: 1, topK: 0, topP: 1, penalty: 1 };
const close = (got: number[], want: number[]) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 6));

describe('decoding step', () => {
  it('is plain softmax with every filter off', () => {
    const r = decodingStep(z, seen, plain);
    close(r.final, [0.5025, 0.304782, 0.112123, 0.068006, 0.009204, 0.003386]);
    expect(r.fate.every((f) => f === 'kept')).toBe(true);
  });

  it('top-k = 3 and top-p = 0.9 keep the same three tokens here, renormalised', () => {
    for (const params of [{ ...plain, topK: 3 }, { ...plain, topP: 0.9 }]) {
      const r = decodingStep(z, seen, params);
      close(r.final, [0.546549, 0.331499, 0.121952, 0, 0, 0]);
      expect(r.keptMass).toBeCloseTo(0.919405, 6);
    }
    expect(decodingStep(z, seen, { ...plain, topK: 3 }).fate.slice(3)).toEqual(['top-k', 'top-k', 'top-k']);
    expect(decodingStep(z, seen, { ...plain, topP: 0.9 }).fate.slice(3)).toEqual(['top-p', 'top-p', 'top-p']);
  });

  it('top-p measures mass among the top-k survivors (Hugging Face order)', () => {
    const r = decodingStep(z, seen, { ...plain, topK: 3, topP: 0.8 });
    expect(r.fate).toEqual(['kept', 'kept', 'top-p', 'top-k', 'top-k', 'top-k']);
    close(r.final, [0.622459, 0.377541, 0, 0, 0, 0]);
  });

  it('temperature sharpens before the nucleus is cut', () => {
    const r = decodingStep(z, seen, { ...plain, temperature: 0.7, topP: 0.9 });
    close(r.tempered, [0.599383, 0.293423, 0.070319, 0.034424, 0.001977, 0.000474]);
    close(r.final, [0.622331, 0.304657, 0.073011, 0, 0, 0]);
  });

  it('repetition penalty divides positive and multiplies negative logits of seen tokens', () => {
    expect([penalize(3, true, 1.5), penalize(-2, true, 1.5), penalize(3, false, 1.5)]).toEqual([2, -3, 3]);
    close(decodingStep(z, seen, { ...plain, penalty: 1.5 }).final, [0.271765, 0.448064, 0.164834, 0.099977, 0.01353, 0.001831]);
  });

  it('always keeps at least the top token, and never yields NaN at extreme logits', () => {
    expect(decodingStep(z, seen, { ...plain, topP: 0.01 }).final).toEqual([1, 0, 0, 0, 0, 0]);
    const r = decodingStep([1e308, -1e308, 0], [true, true, false], { ...plain, temperature: 0.01, penalty: 10 });
    expect(r.final.every(Number.isFinite)).toBe(true);
    expect(r.final.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
