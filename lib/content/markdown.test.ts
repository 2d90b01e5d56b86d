import { describe, expect, it } from 'vitest';
import { findWidgetPlaceholders } from '../static-note/html';
import { markdownParser, renderFragment, renderNoteBody } from './markdown';
import { noteSource } from './test-helpers';

const fragment = (md: string) => renderFragment(markdownParser.parse(md).children);

describe('renderFragment (quiz cards)', () => {
  it('keeps the MDX meaning of allowed HTML and drops MDX comments', async () => {
    const html = await fragment('H<sub>2</sub>O 与 x<sup>2</sup> {/* 注释 */}');
    expect(html).toBe('<p>H<sub>2</sub>O 与 x<sup>2</sup> </p>');
  });
  it('renders math with KaTeX, MathML kept for screen readers', async () => {
    const html = await fragment('$\\sqrt{d_k}$');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
  });
});

describe('renderNoteBody', () => {
  const body = [
    '## 直觉',
    '',
    '<Callout type="warn">小心 **这里**。</Callout>',
    '',
    '<SoftmaxTemperature logits={[2, -1, 0.1]} names={["a", "b", "c"]} temperature={0.5} target={0} />',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
    '[外部](https://example.com) 与 [内部](/notes/x/)',
    '',
    '```python',
    'x = 1',
    '```',
    '',
    '<Quiz>',
    '<Card id="c1" level="E">',
    '<Q>问题？</Q>',
    '<A>答案 $a$。</A>',
    '</Card>',
    '</Quiz>',
    '',
  ].join('\n');

  it('leaves a placeholder for each widget with its literal props', async () => {
    const html = await renderNoteBody(noteSource({ body }), 'demo');
    expect(findWidgetPlaceholders(html)).toEqual([{ name: 'SoftmaxTemperature', props: { logits: [2, -1, 0.1], names: ['a', 'b', 'c'], temperature: 0.5, target: 0 } }]);
    expect(html.indexOf('data-widget')).toBeGreaterThan(html.indexOf('<h2'));
  });

  it('renders components, headings, tables, links and code as static HTML', async () => {
    const html = await renderNoteBody(noteSource({ body }), 'demo');
    expect(html).toContain('<h2 id="直觉">直觉<a href="#直觉" class="heading-anchor no-print" data-heading-anchor="" aria-label="复制“直觉”的链接">#</a></h2>');
    expect(html).toMatch(/<aside class="[^"]*border-amber-500[^"]*"><p [^>]*><span aria-hidden="true"[^>]*>!<\/span>注意<\/p>/);
    expect(html).toContain('<div class="table-scroll"><table>');
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">外部</a>');
    expect(html).toContain('<a href="/notes/x/">内部</a>');
    expect(html).toContain('class="shiki shiki-themes github-light-default github-dark-default"');
    expect(html).toContain('<h2 id="自测">自测<a href="#自测"');
    expect(html).toContain('href="/quiz/?note=demo"');
    expect(html).toContain('<li id="card-c1"');
    expect(html).toMatch(/<details class="quiz-answer mt-2"><summary[^>]*>显示答案<\/summary><div[^>]*>答案 <span class="katex">/);
    expect(html).toContain('共 1 题');
  });
});
