import { normalize, queryTerms } from './encode';
import type { Segment } from './types';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Per-character normalisation that keeps indices aligned with the original text. */
function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const n = normalize(ch);
    out += n.length === ch.length ? n : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** What to mark: whole Latin words and every bigram of a Chinese term (or the lone character). */
function needles(query: string): string[] {
  const out = new Set<string>();
  for (const term of queryTerms(query)) {
    if (!CJK.test(term) || term.length === 1) out.add(term);
    else for (let i = 0; i < term.length - 1; i++) out.add(term.slice(i, i + 2));
  }
  return [...out];
}

/** Boolean mask of the characters of `text` that match the query. */
function hitMask(text: string, query: string): boolean[] {
  const folded = foldChars(text);
  const mask = new Array<boolean>(text.length).fill(false);
  for (const n of needles(query)) {
    for (let at = folded.indexOf(n); at !== -1; at = folded.indexOf(n, at + 1)) mask.fill(true, at, at + n.length);
  }
  return mask;
}

function toSegments(text: string, mask: boolean[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  for (let i = from; i < to; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === mask[i]) last.text += text[i];
    else out.push({ text: text[i]!, hit: mask[i]! });
  }
  return out;
}

/** The whole text split into matched and unmatched pieces. */
export function highlight(text: string, query: string): Segment[] {
  return toSegments(text, hitMask(text, query));
}

/** A window of about `width` characters around the first match, with ellipses where cut. */
export function snippet(text: string, query: string, width = 90): Segment[] {
  const mask = hitMask(text, query);
  const first = mask.indexOf(true);
  if (text.length <= width) return toSegments(text, mask);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  const segs = toSegments(text, mask, start, end);
  if (start > 0) segs.unshift({ text: '…', hit: false });
  if (end < text.length) segs.push({ text: '…', hit: false });
  return segs;
}
