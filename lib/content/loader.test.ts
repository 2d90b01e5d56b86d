import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toAnkiTsv } from '@/lib/quiz-store/anki';
import { noteSource } from './test-helpers';

const dirs: string[] = [];
function fixtureTree(notes: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-content-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'notes'));
  fs.writeFileSync(path.join(dir, 'sections.json'), JSON.stringify([{ slug: 'transformer', title: '变换器', en: 'T', description: 'd' }]));
  for (const [name, src] of Object.entries(notes)) fs.writeFileSync(path.join(dir, 'notes', name), src);
  return dir;
}
async function loadWith(dir: string) {
  vi.resetModules();
  vi.stubEnv('MLPREP_CONTENT_DIR', dir);
  return import('./index');
}
afterEach(() => {
  vi.unstubAllEnvs();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Each test imports the content modules afresh (the markdown pipeline with KaTeX and Shiki included),
// which takes seconds on a busy 2-core machine.
describe('content loader', { timeout: 30_000 }, () => {
  it('throws one ContentError listing every broken file and line', async () => {
    const dir = fixtureTree({
      'good.mdx': noteSource(),
      'bad-math.mdx': noteSource({ fm: { order: '2' }, body: '## 小节\n\n$\\frac{1$\n' }),
      'no-fm.mdx': '## 小节\n',
      'notes.txt': 'stray',
    });
    const content = await loadWith(dir);
    let error: Error | undefined;
    try {
      content.getAllNotes();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('ContentError');
    expect(error?.message).toMatch(/Content check failed \(3 problems\)/);
    expect(error?.message).toMatch(/bad-math\.mdx:15: KaTeX/);
    expect(error?.message).toMatch(/no-fm\.mdx: missing frontmatter/);
    expect(error?.message).toMatch(/notes\.txt: only \.mdx files belong in content\/notes/);
  });

  it('gives each card a TeX-source copy for the Anki export: math as \\(…\\) / \\[…\\], lists and code spans kept', async () => {
    const quiz = '<Quiz>\n<Card id="q1" level="M">\n<Q>写出 `softmax` 的 $p_i$</Q>\n<A>\n\n- 先减去 $\\max_j z_j$，再调用 `np.exp`\n- 归一化：\n\n$$\np_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n$$\n\n</A>\n</Card>\n</Quiz>\n';
    const content = await loadWith(fixtureTree({ 'a.mdx': noteSource({ body: `## 小节\n\n${quiz}` }) }));
    const [card] = await content.getAllCards();
    const row = toAnkiTsv([{ questionHtml: card!.texHtml.question, answerHtml: card!.texHtml.answer, tags: card!.tags, note: card!.note, level: card!.level }]).split('\n')[3]!;
    const [question, answer] = row.split('\t');
    expect(question).toBe('写出 \n<code>softmax</code>\n 的 \n\\(p_i\\)'.replace(/\n/g, ' '));
    expect(answer).toContain('<li>先减去 \\(\\max_j z_j\\)，再调用 <code>np.exp</code></li>');
    expect(answer).toContain('<p>\\[p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\\]</p>');
    expect(row).not.toMatch(/katex|<math/);
  });

  it('orders notes, computes backlinks and renders cards with KaTeX HTML', async () => {
    const quiz = '<Quiz>\n<Card id="q1" level="E">\n<Q>求 $\\sqrt{4}$</Q>\n<A>$2$</A>\n</Card>\n</Quiz>\n';
    const dir = fixtureTree({
      'b.mdx': noteSource({ fm: { order: '2', title: '乙' }, body: `## 小节\n\n见 [甲](/notes/a/)。\n\n${quiz}` }),
      'a.mdx': noteSource({ fm: { order: '1', title: '甲', related: '[b]' } }),
    });
    const content = await loadWith(dir);
    expect(content.getAllNotes().map((n) => n.slug)).toEqual(['a', 'b']);
    expect(content.getBacklinks('a').map((n) => n.slug)).toEqual(['b']);
    expect(content.getRelated(content.getNote('a')!).map((n) => n.slug)).toEqual(['b']);
    const [card] = await content.getAllCards();
    expect(card).toMatchObject({ key: 'b/q1', note: 'b', section: 'transformer', level: 'E', questionText: '求 \\sqrt{4}' });
    expect(card!.questionHtml).toContain('class="katex"');
    expect(card!.answerHtml).toContain('<math');
    expect(card!.texHtml).toEqual({ question: '求 \n\\(\\sqrt{4}\\)', answer: '\\(2\\)' });
    expect(content.getTags()).toEqual([{ tag: 'attention', notes: content.getAllNotes() }]);
  });
});
