import { describe, expect, it } from 'vitest';
import { getAllNotes, getSections } from '@/lib/content';
import { buildSearchData } from './build-data';
import { createSearchEngine } from './engine';
import { RELEVANCE_QUERIES } from './relevance-queries';

// Runs the real notes through the real engine; each query's expected note must be in the top 3.
describe('search relevance over the real notes', { timeout: 60_000 }, () => {
  const notes = getAllNotes();
  const engine = createSearchEngine(buildSearchData(notes, getSections()));
  const known = new Set(notes.map((n) => n.slug));

  it('has at least 80 queries, each naming an existing note', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(80);
    expect(RELEVANCE_QUERIES.filter(([, slug]) => !known.has(slug))).toEqual([]);
  });

  it('finds the expected note in the top 3 for at least 95% of queries', () => {
    const misses = RELEVANCE_QUERIES.filter(([q, slug]) => !engine.search(q, 3).some((r) => r.slug === slug)).map(
      ([q, slug]) => `${q} → ${slug} (got ${engine.search(q, 3).map((r) => r.slug).join(', ')})`,
    );
    const hitRate = 1 - misses.length / RELEVANCE_QUERIES.length;
    expect(hitRate, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
