import type { ReactNode } from 'react';
import { ui } from '@/lib/ui-text/zh';

const STYLES: Record<string, string> = {
  info: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  warn: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  interview: 'border-violet-500 bg-violet-50 dark:bg-violet-950/40',
};
const ICONS: Record<string, string> = { info: 'ℹ', tip: '✓', warn: '!', interview: '✎' };

/** `<Callout type="warn" title="…">` in a note; the label text, not only the colour, says what it is. */
export function Callout({ type = 'info', title, children }: { type?: string; title?: string; children: ReactNode }) {
  const kind = type in STYLES ? type : 'info';
  return (
    <aside className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 ${STYLES[kind]}`}>
      <p className="mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        <span aria-hidden="true" className="mr-1.5">
          {ICONS[kind]}
        </span>
        {title ?? ui.callout[kind]}
      </p>
      <div className="callout-body prose prose-zinc max-w-none text-[0.95rem] leading-7 dark:prose-invert prose-p:my-1.5">{children}</div>
    </aside>
  );
}
