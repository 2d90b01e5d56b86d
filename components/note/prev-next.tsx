import type { Note } from '@/lib/content';
import { noteHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export function PrevNext({ prev, next }: { prev?: Note; next?: Note }) {
  if (!prev && !next) return null;
  const cls =
    'block rounded-lg border border-zinc-200 p-3 hover:border-accent-400 dark:border-zinc-800 dark:hover:border-accent-400';
  return (
    <nav aria-label={`${ui.note.prev} / ${ui.note.next}`} className="no-print mt-10 grid gap-3 sm:grid-cols-2">
      {prev ? (
        <a href={noteHref(prev.slug)} rel="prev" className={cls}>
          <span className="block text-xs text-zinc-500 dark:text-zinc-400">← {ui.note.prev}</span>
          <span className="font-medium">{prev.frontmatter.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={noteHref(next.slug)} rel="next" className={`${cls} sm:text-right`}>
          <span className="block text-xs text-zinc-500 dark:text-zinc-400">{ui.note.next} →</span>
          <span className="font-medium">{next.frontmatter.title}</span>
        </a>
      )}
    </nav>
  );
}
