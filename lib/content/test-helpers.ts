/** Builds a small note source for tests; `fm` overrides frontmatter lines, `body` replaces the body. */
export function noteSource({ fm = {}, body = '## 小节\n\n正文。\n' }: { fm?: Record<string, string | null>; body?: string } = {}): string {
  const fields: Record<string, string | null> = {
    title: '测试笔记',
    en: 'Test note',
    section: 'transformer',
    order: '1',
    depth: 'medium',
    summary: '一句话。',
    aliases: '[测试, test]',
    tags: '[attention]',
    related: '[]',
    ...fm,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}
