import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionNav } from '@/components/layout/section-nav';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { HeadingLinkStatus } from '@/components/note/heading-link-status';
import { NoteBody } from '@/components/note/note-body';
import { NoteList } from '@/components/note/note-list';
import { PrevNext } from '@/components/note/prev-next';
import { NotePracticeLinks } from '@/components/practice/note-practice-links';
import { Toc } from '@/components/note/toc';
import { getAllNotes, getBacklinks, getNote, getNoteBody, getNotesInSection, getRelated, getSection, QUIZ_HEADING_ID } from '@/lib/content';
import { noteHref, sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllNotes().map((n) => ({ slug: n.slug }));
}

export async function generateMetadata({ params }: PageProps<'/notes/[slug]'>): Promise<Metadata> {
  const note = getNote((await params).slug);
  if (!note) return {};
  const { title, en, summary, aliases } = note.frontmatter;
  return {
    title,
    description: summary,
    keywords: [en, ...aliases],
    alternates: { canonical: noteHref(note.slug) },
    openGraph: { title, description: summary, type: 'article', url: noteHref(note.slug) },
  };
}

export default async function NotePage({ params }: PageProps<'/notes/[slug]'>) {
  const note = getNote((await params).slug);
  if (!note) notFound();
  const { frontmatter: fm } = note;
  const section = getSection(fm.section)!;
  const siblings = getNotesInSection(fm.section);
  const i = siblings.findIndex((n) => n.slug === note.slug);
  const body = await getNoteBody(note.slug);
  const related = getRelated(note);
  const backlinks = getBacklinks(note.slug);
  const toc = [
    ...note.headings.filter((h) => h.depth <= 3).map(({ id, text, depth }) => ({ id, text, depth })),
    ...(note.cards.length ? [{ id: QUIZ_HEADING_ID, text: ui.quizBlock.heading, depth: 2 }] : []),
  ];

  return (
    <div className="mx-auto flex max-w-7xl gap-8 px-4 py-6 lg:py-10">
      <aside className="no-print sticky top-20 hidden max-h-[calc(100vh-6rem)] w-60 shrink-0 overflow-y-auto pb-8 lg:block">
        <nav aria-label={ui.note.sidebarHeading}>
          <SectionNav current={note.slug} />
        </nav>
      </aside>

      <div className="min-w-0 flex-1">
        <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { href: sectionHref(section.slug), label: section.title }, { label: fm.title }]} />
        <article className="note-prose prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-accent-700 dark:prose-a:text-accent-300 prose-pre:rounded-lg">
          <header className="not-prose mb-8">
            <h1 className="text-3xl font-bold leading-tight tracking-tight text-zinc-900 dark:text-white sm:text-4xl">{fm.title}</h1>
            <p className="mt-2 text-base text-zinc-500 dark:text-zinc-400">{fm.en}</p>
            <p className="mt-4 text-lg leading-8 text-zinc-700 dark:text-zinc-300">{fm.summary}</p>
            <p className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">
              <span className="mr-1 rounded bg-zinc-100 px-1.5 py-0.5 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{ui.note.depth[fm.depth]}</span>
              {ui.note.aliases}：{fm.aliases.join(' · ')}
            </p>
          </header>
          <NoteBody html={body} />
        </article>
        <NotePracticeLinks noteSlug={note.slug} />

        {related.length > 0 && (
          <section aria-labelledby="related-notes" className="no-print mt-12">
            <h2 id="related-notes" className="mb-3 text-lg font-semibold">{ui.note.related}</h2>
            <NoteList notes={related} compact />
          </section>
        )}
        {backlinks.length > 0 && (
          <section aria-labelledby="backlinks" className="no-print mt-8">
            <h2 id="backlinks" className="mb-3 text-lg font-semibold">{ui.note.backlinks}</h2>
            <NoteList notes={backlinks} compact />
          </section>
        )}
        <PrevNext prev={siblings[i - 1]} next={siblings[i + 1]} />
      </div>

      <aside className="no-print sticky top-20 hidden max-h-[calc(100vh-6rem)] w-56 shrink-0 overflow-y-auto xl:block">
        <Toc items={toc} />
      </aside>
      <HeadingLinkStatus />
    </div>
  );
}
