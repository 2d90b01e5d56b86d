import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { NoteList } from '@/components/note/note-list';
import { getNotesInSection, getSection, getSections } from '@/lib/content';
import { sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/sections/[section]'>): Promise<Metadata> {
  const section = getSection((await params).section);
  if (!section) return {};
  return { title: section.title, description: section.description, alternates: { canonical: sectionHref(section.slug) } };
}

export default async function SectionPage({ params }: PageProps<'/sections/[section]'>) {
  const section = getSection((await params).section);
  if (!section) notFound();
  const notes = getNotesInSection(section.slug);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { label: section.title }]} />
      <h1 className="text-3xl font-bold tracking-tight">{section.title}</h1>
      <p className="mt-1 text-zinc-500 dark:text-zinc-400">
        {section.en} · {ui.home.notesCount(notes.length)}
      </p>
      <p className="mb-8 mt-4 max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">{section.description}</p>
      {notes.length ? <NoteList notes={notes} /> : <p>{ui.section.empty}</p>}
    </div>
  );
}
