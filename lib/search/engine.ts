import { Index } from 'flexsearch';
import { encodeQuery, encodeText, normalize } from './encode';
import { highlight, snippet } from './highlight';
import type { SearchData, SearchResult } from './types';

/** How much a query token counts when found in each place: title/alias > heading > body. */
export const FIELD_WEIGHT = { title: 10, alias: 8, meta: 3, heading: 4, body: 1 } as const;
const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 32;
const HITS_PER_TOKEN = 5000;
/** A reading list mentions everything; open it only when no real section of the note matches. */
const READING_HEADING = '延伸阅读';

export interface SearchEngine {
  search(query: string, limit?: number): SearchResult[];
  /** Aliases that share the most characters with a query that found nothing, to suggest instead. */
  suggest(query: string, limit?: number): string[];
}

const makeIndex = () => new Index({ tokenize: 'forward', encode: encodeText });

/**
 * Builds the in-memory index. Notes are indexed whole for title/aliases/meta and per heading
 * block for headings and body, so a match also tells which section of the note to open.
 */
export function createSearchEngine(data: SearchData): SearchEngine {
  const { docs } = data;
  const sectionOrder = new Map(data.sections.map((s, i) => [s.slug, i]));
  const sectionTitle = new Map(data.sections.map((s) => [s.slug, s.title]));
  const title = makeIndex();
  const alias = makeIndex();
  const meta = makeIndex();
  const heading = makeIndex();
  const body = makeIndex();
  const blockOwner: number[] = []; // block id → note index
  const blockPos: number[] = []; // block id → position within its note

  docs.forEach((d, i) => {
    title.add(i, `${d.title} ${d.en}`);
    alias.add(i, d.aliases.join(' \n '));
    meta.add(i, `${sectionTitle.get(d.section) ?? ''} ${d.tags.join(' ')}`);
    d.blocks.forEach((b, j) => {
      const id = blockOwner.length;
      blockOwner.push(i);
      blockPos.push(j);
      if (b.heading) heading.add(id, b.heading);
      if (b.text) body.add(id, b.text);
    });
  });
  // Compact lower-case text of every block, for the "whole query appears verbatim" check per query.
  const blockCompact = docs.flatMap((d) => d.blocks.map((b) => normalize(`${b.heading ?? ''} ${b.text}`).replace(/\s+/g, '')));
  const exactNames = docs.map((d) => new Set([d.title, d.en, ...d.aliases].map((s) => normalize(s).replace(/\s+/g, ''))));

  function search(raw: string, limit = 20): SearchResult[] {
    const query = raw.slice(0, MAX_QUERY_LENGTH);
    const tokens = encodeQuery(query).slice(0, MAX_TOKENS);
    if (!tokens.length) return [];
    const compact = normalize(query).replace(/\s+/g, '');

    const noteScore = new Float64Array(docs.length);
    const noteCovered = new Float64Array(docs.length);
    const blockScore = new Map<number, number>();
    let totalIdf = 0;

    for (const token of tokens) {
      const find = (idx: Index) => idx.search(token, { limit: HITS_PER_TOKEN }) as number[];
      const hits = { title: find(title), alias: find(alias), meta: find(meta), heading: find(heading), body: find(body) };
      const best = new Float64Array(docs.length);
      const mark = (note: number, w: number) => {
        if (w > best[note]!) best[note] = w;
      };
      hits.title.forEach((n) => mark(n, FIELD_WEIGHT.title));
      hits.alias.forEach((n) => mark(n, FIELD_WEIGHT.alias));
      hits.meta.forEach((n) => mark(n, FIELD_WEIGHT.meta));
      hits.heading.forEach((b) => mark(blockOwner[b]!, FIELD_WEIGHT.heading));
      hits.body.forEach((b) => mark(blockOwner[b]!, FIELD_WEIGHT.body));

      let df = 0;
      for (const w of best) if (w > 0) df++;
      // Rare tokens decide more than common ones (idf); a token nobody has still counts against coverage.
      const idf = Math.log(1 + docs.length / Math.max(df, 0.5));
      totalIdf += idf;
      best.forEach((w, n) => {
        if (w > 0) {
          noteScore[n] = noteScore[n]! + idf * w;
          noteCovered[n] = noteCovered[n]! + idf;
        }
      });
      const addBlock = (b: number, w: number) => blockScore.set(b, (blockScore.get(b) ?? 0) + idf * w);
      hits.heading.forEach((b) => addBlock(b, FIELD_WEIGHT.heading));
      hits.body.forEach((b) => addBlock(b, FIELD_WEIGHT.body));
    }

    const ranked: { n: number; score: number }[] = [];
    noteScore.forEach((s, n) => {
      if (s <= 0) return;
      const coverage = noteCovered[n]! / totalIdf;
      // Notes that contain every term come first; an exact name match beats everything.
      let score = s * coverage * coverage;
      if (exactNames[n]!.has(compact)) score *= 4;
      else if ([...exactNames[n]!].some((name) => name.includes(compact) && compact.length >= 2)) score *= 2;
      ranked.push({ n, score });
    });
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        docs[a.n]!.title.length - docs[b.n]!.title.length ||
        (sectionOrder.get(docs[a.n]!.section) ?? 0) - (sectionOrder.get(docs[b.n]!.section) ?? 0) ||
        a.n - b.n,
    );

    // The section to open: most query weight, then the whole query appearing verbatim, then the earliest.
    const bestBlock = new Map<number, { b: number; s: number }>();
    for (const [b, raw] of blockScore) {
      const n = blockOwner[b]!;
      const isReading = docs[n]!.blocks[blockPos[b]!]!.heading === READING_HEADING;
      const s = raw * (blockCompact[b]!.includes(compact) ? 1.5 : 1) * (isReading ? 0.25 : 1);
      const cur = bestBlock.get(n);
      if (!cur || s > cur.s || (s === cur.s && b < cur.b)) bestBlock.set(n, { b, s });
    }

    return ranked.slice(0, limit).map(({ n, score }) => {
      const d = docs[n]!;
      const hit = bestBlock.get(n);
      const block = hit ? d.blocks[blockPos[hit.b]!]! : d.blocks[0];
      const text = block?.text || d.blocks.find((b) => b.text)?.text || '';
      return {
        slug: d.slug,
        title: d.title,
        en: d.en,
        sectionTitle: sectionTitle.get(d.section) ?? d.section,
        headingId: block?.id ?? null,
        heading: block?.heading ?? null,
        href: `/notes/${d.slug}/${block?.id ? `#${encodeURIComponent(block.id)}` : ''}`,
        titleSegments: highlight(d.title, query),
        snippet: snippet(text, query),
        score,
      };
    });
  }

  const allNames = [...new Set(docs.flatMap((d) => [d.title, ...d.aliases]))];
  function suggest(raw: string, limit = 5): string[] {
    const chars = new Set([...normalize(raw)].filter((c) => /[\p{L}\p{N}]/u.test(c)));
    if (!chars.size) return [];
    return allNames
      .map((name) => {
        const nc = new Set([...normalize(name)]);
        let common = 0;
        for (const c of chars) if (nc.has(c)) common++;
        return { name, sim: common / Math.max(chars.size, nc.size) };
      })
      .filter((x) => x.sim >= 0.3)
      .sort((a, b) => b.sim - a.sim || a.name.length - b.name.length)
      .slice(0, limit)
      .map((x) => x.name);
  }

  return { search, suggest };
}
