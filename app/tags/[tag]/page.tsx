import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { NoteList } from '@/components/note/note-list';
import { getTags } from '@/lib/content';
import { ui } from '@/lib/ui-text/zh';

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  return { title: ui.tags.tagTitle((await params).tag) };
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const { tag } = await params;
  const entry = getTags().find((t) => t.tag === tag);
  if (!entry) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { href: '/tags/', label: ui.tags.title }, { label: `#${tag}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">#{tag}</h1>
      <p className="mb-8 mt-2 text-zinc-600 dark:text-zinc-400">{ui.tags.notesWithTag(entry.notes.length)}</p>
      <NoteList notes={entry.notes} />
    </div>
  );
}
