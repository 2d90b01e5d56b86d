/** One problem in one content file; `line` is 1-based when known. */
export interface ContentIssue {
  file: string;
  line?: number;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}`;
}

/** Thrown by the content loader so `next build` stops and names every broken file. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
