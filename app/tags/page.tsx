import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { getTags } from '@/lib/content';
import { tagHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.tags.title, description: ui.tags.intro };

export default function TagsPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { label: ui.tags.title }]} />
      <h1 className="text-3xl font-bold tracking-tight">{ui.tags.title}</h1>
      <p className="mb-8 mt-2 text-zinc-600 dark:text-zinc-400">{ui.tags.intro}</p>
      <ul className="flex flex-wrap gap-2">
        {getTags().map(({ tag, notes }) => (
          <li key={tag}>
            <Link
              href={tagHref(tag)}
              prefetch={false}
              className="inline-flex items-center gap-1.5 rounded-full border border-zinc-300 px-3 py-1 text-sm hover:border-accent-400 hover:bg-accent-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              #{tag}
              <span className="text-xs text-zinc-500 dark:text-zinc-400">{notes.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
