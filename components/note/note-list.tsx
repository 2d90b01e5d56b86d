import type { Note } from '@/lib/content';
import { noteHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

/** Cards linking to notes, used on the home, section, tag and note pages (plain links: notes are static pages). */
export function NoteList({ notes, compact = false }: { notes: Note[]; compact?: boolean }) {
  return (
    <ul className={compact ? 'grid gap-2 sm:grid-cols-2' : 'grid gap-3 sm:grid-cols-2'}>
      {notes.map((n) => (
        <li key={n.slug}>
          <a
            href={noteHref(n.slug)}
            className="block h-full rounded-lg border border-zinc-200 p-3 transition-colors hover:border-accent-400 hover:bg-accent-50/50 dark:border-zinc-800 dark:hover:border-accent-400 dark:hover:bg-zinc-900"
          >
            <span className="flex items-baseline justify-between gap-2">
              <span className="font-medium text-zinc-900 dark:text-zinc-100">{n.frontmatter.title}</span>
              {n.frontmatter.depth === 'rich' && (
                <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs text-amber-800 dark:bg-amber-900/50 dark:text-amber-200">
                  {ui.note.depth.rich}
                </span>
              )}
            </span>
            <span className="mt-0.5 block text-xs text-zinc-500 dark:text-zinc-400">{n.frontmatter.en}</span>
            {!compact && <span className="mt-1.5 block text-sm text-zinc-600 dark:text-zinc-300">{n.frontmatter.summary}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
