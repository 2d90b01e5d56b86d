import Link from 'next/link';
import { getAllNotes, getSections } from '@/lib/content';
import { noteHref, sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

const rowClass =
  'flex items-center justify-between rounded-md px-2 py-1.5 font-medium text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800';

/**
 * Every section; the current note's section is an open, collapsible list of its notes. Other
 * sections link to their overview pages, so a note page does not carry ~100 extra links. No JS.
 */
export function SectionNav({ current }: { current: string }) {
  const notes = getAllNotes();
  const currentSection = notes.find((n) => n.slug === current)?.frontmatter.section;
  return (
    <ul className="space-y-1 text-sm">
      {getSections().map((s) => {
        const inSection = notes.filter((n) => n.frontmatter.section === s.slug);
        const count = <span className="text-xs text-zinc-500 dark:text-zinc-400">{inSection.length}</span>;
        if (s.slug !== currentSection) {
          return (
            <li key={s.slug}>
              <Link href={sectionHref(s.slug)} prefetch={false} className={rowClass}>
                <span>{s.title}</span>
                {count}
              </Link>
            </li>
          );
        }
        return (
          <li key={s.slug}>
            <details open className="group">
              <summary className={`${rowClass} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
                <span>{s.title}</span>
                <span className="flex items-center gap-1">
                  {count}
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3.5 w-3.5 text-zinc-500 transition-transform group-open:rotate-90" fill="currentColor">
                    <path d="M7 5l6 5-6 5V5z" />
                  </svg>
                </span>
              </summary>
              <ul className="mb-2 ml-2 border-l border-zinc-200 pl-2 dark:border-zinc-800">
                <li>
                  <Link href={sectionHref(s.slug)} prefetch={false} className="block rounded px-2 py-1 text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
                    {ui.note.sectionOverview}
                  </Link>
                </li>
                {inSection.map((n) => (
                  <li key={n.slug}>
                    <a
                      href={noteHref(n.slug)}
                      aria-current={n.slug === current ? 'page' : undefined}
                      className="block rounded px-2 py-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-[current=page]:bg-accent-50 aria-[current=page]:font-semibold aria-[current=page]:text-accent-700 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white dark:aria-[current=page]:bg-zinc-800 dark:aria-[current=page]:text-accent-300"
                    >
                      {n.frontmatter.title}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
