// Shared by indexing and querying, so both sides agree on what a token is.
const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;
const CAMEL = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/** NFKC folds full-width letters (ＡＵＣ → AUC) and compatibility forms; then case-fold. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/**
 * Text → tokens. Chinese runs become overlapping bigrams (层归一化 → 层归 归一 一化) plus the last
 * character, so any substring of two or more characters matches without a segmenter. Latin/digit
 * runs stay whole words (prefix matching comes from FlexSearch's `forward` tokenizer); mixed-case
 * words also yield their parts, so "norm" finds LayerNorm.
 */
export function encodeText(s: string): string[] {
  const out: string[] = [];
  for (const run of s.normalize('NFKC').match(RUN) ?? []) {
    if (CJK_CHAR.test(run)) {
      const c = [...run];
      for (let i = 0; i < c.length - 1; i++) out.push(c[i]! + c[i + 1]!);
      out.push(c[c.length - 1]!);
      continue;
    }
    const lower = run.toLowerCase();
    out.push(lower);
    const parts = run.match(CAMEL);
    if (parts && parts.length > 1) for (const p of parts) if (p.length > 1) out.push(p.toLowerCase());
  }
  return out;
}

/** Query tokens: like encodeText, but without the trailing single character of longer Chinese runs. */
export function encodeQuery(q: string): string[] {
  const tokens: string[] = [];
  for (const run of q.normalize('NFKC').match(RUN) ?? []) {
    const encoded = encodeText(run);
    const isCjk = CJK_CHAR.test(run);
    tokens.push(...(isCjk && encoded.length > 1 ? encoded.slice(0, -1) : encoded));
  }
  return [...new Set(tokens)];
}

/** The query split into the pieces a reader typed: Chinese runs and Latin words, normalised. */
export function queryTerms(q: string): string[] {
  return [...new Set(normalize(q).match(RUN) ?? [])];
}
