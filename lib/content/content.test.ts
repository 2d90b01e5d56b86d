import { describe, expect, it } from 'vitest';
import { getAllCards, getAllNotes, getSections } from './index';

// The real content must pass every check the build runs; a failure lists each file:line.
// Parsing ~100 notes and running KaTeX on every formula takes seconds on a busy 2-core machine.
describe('content/ as it is now', { timeout: 300_000 }, () => {
  it('loads and validates every note', () => {
    const notes = getAllNotes();
    expect(notes.length).toBeGreaterThan(0);
    const sections = new Set(getSections().map((s) => s.slug));
    for (const n of notes) expect(sections.has(n.frontmatter.section)).toBe(true);
  });

  it('gives every note the minimum number of quiz cards for its depth', () => {
    const min = { rich: 5, medium: 3, 'link-only': 2 } as const;
    const short = getAllNotes()
      .filter((n) => n.cards.length < min[n.frontmatter.depth])
      .map((n) => `${n.file}: ${n.frontmatter.depth} needs ${min[n.frontmatter.depth]} cards, has ${n.cards.length}`);
    expect(short).toEqual([]);
  });

  it('renders every quiz card, math included, without KaTeX errors', async () => {
    for (const card of await getAllCards()) {
      expect(card.questionHtml.length, card.key).toBeGreaterThan(0);
      expect(card.answerHtml.length, card.key).toBeGreaterThan(0);
      expect(card.answerHtml, card.key).not.toContain('katex-error');
      expect(card.questionHtml, card.key).not.toContain('katex-error');
    }
  });
});
