import { describe, expect, it } from 'vitest';
import { parseNote, type ParsedNote } from './parse-note';
import type { Section } from './schema';
import { noteSource } from './test-helpers';
import { validateNotes } from './validate';

const SECTIONS: Section[] = [
  { slug: 'transformer', title: 'T', en: 'T', description: 'd' },
  { slug: 'losses', title: 'L', en: 'L', description: 'd' },
];

function note(slug: string, opts: Parameters<typeof noteSource>[0] = {}, file = `content/notes/${slug}.mdx`): ParsedNote {
  const { note, issues } = parseNote(file, slug, noteSource(opts));
  expect(issues).toEqual([]);
  return note!;
}
const check = (notes: ParsedNote[], opts = {}) => validateNotes(notes, SECTIONS, opts).map((i) => `${i.file}:${i.line ?? '-'}: ${i.message}`);

describe('validateNotes', () => {
  const target = note('target', { fm: { order: '2' }, body: '## 推导细节\n\n正文。\n\n<Quiz>\n<Card id="c" level="E">\n<Q>问</Q>\n<A>答</A>\n</Card>\n</Quiz>\n' });

  it('accepts links to existing notes, headings, the quiz, sections and tags', () => {
    const body =
      '## 小节\n\n[a](/notes/target/) [b](/notes/target/#推导细节) [c](/notes/target/#%E6%8E%A8%E5%AF%BC%E7%BB%86%E8%8A%82) ' +
      '[d](/notes/target/#自测) [e](#小节) [f](/sections/losses/) [g](/tags/attention/) [h](https://example.com/x) [i](/quiz/)\n';
    expect(check([target, note('source', { body })])).toEqual([]);
  });

  it('fails on an unknown section', () => {
    expect(check([note('a', { fm: { section: 'nope' } })])).toEqual([
      expect.stringMatching(/a\.mdx:1: unknown section "nope"; known: transformer, losses/),
    ]);
  });

  it('fails on a duplicate slug, naming both files', () => {
    const out = check([note('dup', {}, 'content/notes/a/dup.mdx'), note('dup', { fm: { order: '2' } }, 'content/notes/b/dup.mdx')]);
    expect(out).toEqual(['content/notes/b/dup.mdx:-: duplicate slug "dup" (also content/notes/a/dup.mdx)']);
  });

  it('fails on a duplicate order within a section', () => {
    expect(check([note('a'), note('b')]).join()).toMatch(/order 1 in section "transformer" is also used by content\/notes\/a\.mdx/);
  });

  it('fails on a link to a note that does not exist, with the line', () => {
    expect(check([note('a', { body: '## 小节\n\n见 [x](/notes/missing/)。\n' })])).toEqual([
      'content/notes/a.mdx:15: link "/notes/missing/": no note with slug "missing"',
    ]);
  });

  it('fails on a link to a heading that does not exist', () => {
    const a = note('a', { fm: { order: '3' }, body: '## 小节\n\n[x](/notes/target/#不存在) [y](#也不存在)\n' });
    expect(check([target, a])).toEqual([
      'content/notes/a.mdx:15: link "/notes/target/#不存在": note "target" has no heading with id "不存在"',
      'content/notes/a.mdx:15: link "#也不存在": no heading with id "也不存在" in this note',
    ]);
  });

  it('fails on relative links, missing trailing slashes and unknown site paths', () => {
    const a = note('a', { body: '## 小节\n\n[x](target) [y](/notes/target) [z](/blog/)\n' });
    expect(check([a, note('target', { fm: { order: '2' } })]).map((m) => m.replace(/^.*?: link /, ''))).toEqual([
      '"target": write internal links as absolute paths, e.g. /notes/self-attention/',
      '"/notes/target": add the trailing slash: /notes/<slug>/',
      '"/blog/": unknown site path',
    ]);
  });

  it('fails on a related slug that does not exist, or the note itself', () => {
    expect(check([note('a', { fm: { related: '[ghost, a]' } })])).toEqual([
      'content/notes/a.mdx:1: "related" names "ghost", but no note has that slug',
      'content/notes/a.mdx:1: "related" lists the note itself',
    ]);
  });

  it('tolerates links to notes not written yet only when drafting', () => {
    const a = note('a', { fm: { related: '[later]' }, body: '## 小节\n\n[x](/notes/later/)\n' });
    expect(check([a], { allowMissingNotes: true })).toEqual([]);
    expect(check([a])).toHaveLength(2);
  });
});
