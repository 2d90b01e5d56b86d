import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { renderNoteBody } from './markdown';
import { parseNote } from './parse-note';
import { noteSource } from './test-helpers';

const FILE = 'content/notes/t.mdx';
const parse = (src: string) => parseNote(FILE, 't', src);
// noteSource() puts the body after 12 lines of frontmatter; reported lines are file lines.
const BODY = 12;
const messages = (src: string) => parse(src).issues.map((i) => `${i.line ?? '-'}: ${i.message}`);

describe('frontmatter', () => {
  it('accepts a valid note', () => {
    const { note, issues } = parse(noteSource());
    expect(issues).toEqual([]);
    expect(note?.frontmatter.title).toBe('测试笔记');
  });
  it('rejects a file without frontmatter', () => {
    expect(messages('## 小节\n')).toEqual(['-: missing frontmatter: the file must start with a --- YAML block']);
  });
  it('names a missing field', () => {
    expect(messages(noteSource({ fm: { summary: null } }))).toEqual(['1: frontmatter field "summary": Invalid input: expected string, received undefined']);
  });
  it('names an invalid field value', () => {
    expect(messages(noteSource({ fm: { depth: 'deep' } })).join()).toMatch(/field "depth"/);
    expect(messages(noteSource({ fm: { tags: '[Not A Slug]' } })).join()).toMatch(/field "tags.0": must be lowercase kebab-case/);
    expect(messages(noteSource({ fm: { order: '"one"' } })).join()).toMatch(/field "order"/);
  });
  it('rejects unknown fields so typos do not pass silently', () => {
    expect(messages(noteSource({ fm: { titel: 'x' } })).join()).toMatch(/titel/);
  });
  it('reports YAML syntax errors with a line', () => {
    const out = messages(noteSource({ fm: { aliases: '[a, b' } }));
    expect(out.join()).toMatch(/frontmatter is not valid YAML/);
  });
  it('rejects a file name that is not a slug', () => {
    expect(parseNote('x', 'Bad_Name', noteSource()).issues.map((i) => i.message).join()).toMatch(/not a valid slug/);
  });
});

describe('body checks', () => {
  it('fails on a KaTeX parse error, naming the line', () => {
    expect(messages(noteSource({ body: '## 小节\n\n正文\n\n$$\n\\frac{1\n$$\n' }))).toEqual([
      expect.stringMatching(new RegExp(`^${BODY + 5}: KaTeX: .*parse error`)),
    ]);
  });
  it('fails on a KaTeX warning (CJK outside \\text) too', () => {
    expect(messages(noteSource({ body: '## 小节\n\n这是 $a=中文$。\n' })).join()).toMatch(new RegExp(`^${BODY + 3}: KaTeX`));
    expect(messages(noteSource({ body: '## 小节\n\n这是 $a=\\text{中文}$。\n' }))).toEqual([]);
  });
  it('rejects unknown components and imports', () => {
    expect(messages(noteSource({ body: '<FancyChart />\n' }))).toEqual([expect.stringMatching(new RegExp(`^${BODY + 1}: unknown component <FancyChart>`))]);
    expect(messages(noteSource({ body: "import X from './x'\n\n## 小节\n" })).join()).toMatch(/import\/export is not allowed/);
  });
  it('rejects stray JavaScript braces and HTML comments', () => {
    expect(messages(noteSource({ body: '集合 {a, b} 的大小\n' })).join()).toMatch(/write a literal brace as \\\{/);
    expect(messages(noteSource({ body: '集合 \\{a, b\\} 的大小\n' }))).toEqual([]);
    expect(messages(noteSource({ body: '{/* 注释 */}\n\n正文\n' }))).toEqual([]);
    expect(messages(noteSource({ body: '<!-- x -->\n' })).join()).toMatch(/MDX syntax error|raw HTML/);
  });
  it('rejects bold that CommonMark leaves unclosed next to Chinese punctuation', () => {
    expect(messages(noteSource({ body: '这是**关键概率。**它很重要。\n' })).join()).toMatch(/unclosed \*\*bold\*\*/);
    expect(messages(noteSource({ body: '这是**关键概率**。它很重要。\n' }))).toEqual([]);
  });
  it('rejects # headings and math in headings', () => {
    expect(messages(noteSource({ body: '# 标题\n' })).join()).toMatch(/do not use "# " headings/);
    expect(messages(noteSource({ body: '## 为什么 $\\sqrt{d}$\n' })).join()).toMatch(/keep math and components out of headings/);
  });
  it('reports MDX syntax errors with a line', () => {
    const [msg] = messages(noteSource({ body: '正文\n\n<Callout>\n未闭合\n' }));
    expect(msg).toMatch(/MDX syntax error/);
  });
});

describe('quiz cards', () => {
  const quiz = (cards: string) => noteSource({ body: `## 小节\n\n正文\n\n<Quiz>\n${cards}\n</Quiz>\n` });
  const card = (id: string, q = '<Q>问题 $x^2$？</Q>', a = '<A>答案 $\\sqrt{2}$。</A>', level = 'M') =>
    `<Card id="${id}" level="${level}">\n${q}\n${a}\n</Card>`;

  it('extracts cards with id, level, question and answer', () => {
    const { note, issues } = parse(quiz(card('one') + '\n' + card('two', '<Q>第二题</Q>', '<A>\n\n- 要点一\n- 要点二\n\n</A>', 'H')));
    expect(issues).toEqual([]);
    expect(note!.cards.map((c) => [c.id, c.level])).toEqual([['one', 'M'], ['two', 'H']]);
    expect(note!.cards[1]!.answer[0]!.type).toBe('list');
  });
  it('rejects a card without a question or an answer', () => {
    expect(messages(quiz(card('one', '')))).toEqual([expect.stringMatching(/card "one": needs exactly one non-empty <Q>/)]);
    expect(messages(quiz(card('one', undefined, '<A></A>')))).toEqual([expect.stringMatching(/card "one": needs exactly one non-empty <A>/)]);
  });
  it('rejects duplicate card ids, bad ids and bad levels', () => {
    expect(messages(quiz(card('same') + '\n' + card('same')))).toEqual([expect.stringMatching(/duplicate card id "same"/)]);
    expect(messages(quiz(card('Not OK'))).join()).toMatch(/needs id="kebab-case-id"/);
    expect(messages(quiz(card('x', undefined, undefined, 'Z'))).join()).toMatch(/level must be one of E\/M\/H/);
  });
  it('rejects a card outside <Quiz>', () => {
    expect(messages(noteSource({ body: card('lost') })).join()).toMatch(/<Card> must be a direct child of <Quiz>/);
  });
});

describe('headings and search text', () => {
  const body = '导语文字。\n\n## 为什么除以 √d_k？\n\n第一段 $x$ 不进搜索。\n\n### Layer Norm 与 BN\n\n```python\ncode_not_indexed()\n```\n\n## 为什么除以 √d_k？\n\n重复标题。\n';

  it('gives headings the same ids rehype-slug gives the rendered page, Chinese included', async () => {
    const { note } = parse(noteSource({ body }));
    const html = await renderNoteBody(noteSource({ body }), 't');
    const rendered = [...html.matchAll(/<h[2-4] id="([^"]+)"/g)].map((m) => m[1]);
    expect(note!.headings.map((h) => h.id)).toEqual(rendered);
    expect(rendered).toEqual(['为什么除以-d_k', 'layer-norm-与-bn', '为什么除以-d_k-1']);
    expect(new GithubSlugger().slug('Layer Norm 与 BN')).toBe('layer-norm-与-bn');
  });
  it('splits plain text by heading, without code or math', () => {
    const { note } = parse(noteSource({ body }));
    expect(note!.blocks.map((b) => [b.headingId, b.text])).toEqual([
      [null, '导语文字。'],
      ['为什么除以-d_k', '第一段 不进搜索。'],
      ['layer-norm-与-bn', ''],
      ['为什么除以-d_k-1', '重复标题。'],
    ]);
  });
});
