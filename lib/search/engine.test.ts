import { describe, expect, it } from 'vitest';
import { createSearchEngine } from './engine';
import { highlight, snippet } from './highlight';
import type { SearchData, SearchDoc } from './types';

const doc = (slug: string, title: string, over: Partial<SearchDoc> = {}): SearchDoc => ({
  slug,
  title,
  en: '',
  aliases: [],
  tags: [],
  section: 'a',
  blocks: [{ id: null, heading: null, text: '' }],
  ...over,
});

const DATA: SearchData = {
  sections: [
    { slug: 'a', title: '第一章' },
    { slug: 'b', title: '第二章' },
  ],
  docs: [
    doc('body-only', '一篇杂谈', { blocks: [{ id: null, heading: null, text: '这里顺带提到负采样和 LayerNorm 的细节。' }] }),
    doc('heading-hit', '召回概览', {
      blocks: [
        { id: null, heading: null, text: '导语。' },
        { id: '负采样策略', heading: '负采样策略', text: '随机负例与难负例。' },
      ],
    }),
    doc('title-hit', '负采样', { en: 'Negative sampling', aliases: ['negative sampling', '负样本'], section: 'b' }),
    doc('ln', 'BatchNorm 与 LayerNorm', { aliases: ['LN', 'BN', 'layer normalization'] }),
    doc('fm', '因子分解机', { en: 'Factorization machines', aliases: ['FM'], blocks: [{ id: null, heading: null, text: 'FM 用隐向量内积建模二阶交叉。' }] }),
    doc('bert-size', 'BERT 参数量', {
      aliases: ['BERT-base 参数'],
      blocks: [{ id: 'embedding-部分', heading: 'Embedding 部分', text: 'BERT 的参数量约 1.1 亿。' }],
    }),
    doc('xss', '安全', { blocks: [{ id: null, heading: null, text: '示例 <img src=x onerror=alert(1)> 不应执行。' }] }),
  ],
};
const engine = createSearchEngine(DATA);
const slugs = (q: string) => engine.search(q).map((r) => r.slug);

describe('ranking', () => {
  it('puts title/alias matches above heading matches above body matches', () => {
    expect(slugs('负采样')).toEqual(['title-hit', 'heading-hit', 'body-only']);
  });
  it('matches English whole words, by prefix, and mixed-case parts', () => {
    expect(slugs('negative')[0]).toBe('title-hit');
    expect(slugs('neg')[0]).toBe('title-hit');
    expect(slugs('layer norm')[0]).toBe('ln');
    expect(slugs('norm')).toContain('ln');
  });
  it('ranks an exact abbreviation first', () => {
    expect(slugs('FM')[0]).toBe('fm');
    expect(slugs('ln')[0]).toBe('ln');
  });
  it('ranks notes with all terms of a mixed query first', () => {
    expect(slugs('BERT 参数量')[0]).toBe('bert-size');
  });
  it('folds case and full-width forms', () => {
    expect(slugs('ＢＥＲＴ')).toEqual(slugs('bert'));
    expect(slugs('Ｆｍ')[0]).toBe('fm');
  });
  it('breaks ties by shorter title, then section order', () => {
    const e = createSearchEngine({
      sections: DATA.sections,
      docs: [doc('long', '温度系数详解', { section: 'a' }), doc('short-b', '温度系数', { section: 'b' }), doc('short-a', '温度系数', { section: 'a' })],
    });
    expect(e.search('温度').map((r) => r.slug)).toEqual(['short-a', 'short-b', 'long']);
  });
});

describe('results', () => {
  it('point at the best-matching heading and highlight the match', () => {
    const [r] = engine.search('负采样策略');
    expect(r!.slug).toBe('heading-hit');
    expect(r!.href).toBe(`/notes/heading-hit/#${encodeURIComponent('负采样策略')}`);
    expect(r!.heading).toBe('负采样策略');
  });
  it('prefer the earliest section when several match equally', () => {
    const e = createSearchEngine({
      sections: DATA.sections,
      docs: [
        doc('n', '笔记', {
          blocks: [
            { id: null, heading: null, text: '导语。' },
            { id: '正文', heading: '正文', text: '讲负采样的做法。' },
            { id: '延伸阅读', heading: '延伸阅读', text: '负采样论文列表。' },
          ],
        }),
      ],
    });
    expect(e.search('负采样')[0]!.headingId).toBe('正文');
  });
  it('open the reading list only when no other section matches', () => {
    const blocks = [
      { id: null, heading: null, text: '导语提到双塔。' },
      { id: '延伸阅读', heading: '延伸阅读', text: '双塔模型中的负采样；负采样综述。' },
    ];
    const e = createSearchEngine({ sections: DATA.sections, docs: [doc('n', '笔记', { blocks })] });
    expect(e.search('双塔 负采样')[0]!.headingId).toBe(null);
    expect(e.search('综述')[0]!.headingId).toBe('延伸阅读');
  });
  it('link to the note top when only the title matched', () => {
    const r = engine.search('Factorization')[0]!;
    expect(r.slug).toBe('fm');
    expect(r.href).toBe('/notes/fm/');
    expect(r.titleSegments).toEqual([{ text: '因子分解机', hit: false }]);
  });
});

describe('hostile and odd queries', () => {
  const odd = ['<img src=x onerror=alert(1)>', '.*', '\\', '(', '🚀', '负', '   ', '', 'x'.repeat(500), '[[[', '$^', '%E4'];
  it.each(odd)('%j returns without throwing', (q) => {
    expect(() => engine.search(q)).not.toThrow();
  });
  it('treat markup as text', () => {
    const [r] = engine.search('<img src=x onerror=alert(1)>');
    expect(r!.slug).toBe('xss');
    expect(r!.snippet.map((s) => s.text).join('')).toContain('<img src=x onerror=alert(1)>');
  });
  it('whitespace-only and empty queries find nothing', () => {
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('')).toEqual([]);
  });
  it('suggests similar names when nothing matches', () => {
    expect(slugs('负采羊羊')).toContain('title-hit');
    expect(engine.suggest('负样')).toContain('负样本');
  });
});

describe('highlight / snippet', () => {
  it('marks Chinese bigrams and English words, case-insensitively, as plain text', () => {
    expect(highlight('LayerNorm 与 负采样', 'layernorm 采样')).toEqual([
      { text: 'LayerNorm', hit: true },
      { text: ' 与 负', hit: false },
      { text: '采样', hit: true },
    ]);
    expect(highlight('<b>x</b>', '<b>')).toEqual([
      { text: '<', hit: false },
      { text: 'b', hit: true },
      { text: '>x</', hit: false },
      { text: 'b', hit: true },
      { text: '>', hit: false },
    ]);
  });
  it('cuts a window around the first match with ellipses', () => {
    const text = '甲'.repeat(100) + '负采样' + '乙'.repeat(100);
    const segs = snippet(text, '负采样', 40);
    expect(segs[0]).toEqual({ text: '…', hit: false });
    expect(segs[segs.length - 1]).toEqual({ text: '…', hit: false });
    expect(segs.find((s) => s.hit)?.text).toBe('负采样');
    expect(segs.map((s) => s.text).join('').length).toBe(42);
  });
});
