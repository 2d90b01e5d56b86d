import Link from 'next/link';
import { NoteList } from '@/components/note/note-list';
import { HomeDue } from '@/components/quiz/home-due';
import { countCards, getAllNotes, getSections } from '@/lib/content';
import { noteHref, sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export default function HomePage() {
  const notes = getAllNotes();
  const sections = getSections().map((s) => ({ ...s, notes: notes.filter((n) => n.frontmatter.section === s.slug) }));
  const first = notes[0];
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <section className="mb-12 max-w-3xl">
        <p className="mb-3 text-sm font-medium text-accent-700 dark:text-accent-300">{ui.siteTagline}</p>
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-zinc-900 dark:text-white sm:text-4xl">{ui.home.heroTitle}</h1>
        <p className="mt-4 text-lg leading-8 text-zinc-600 dark:text-zinc-300">{ui.home.heroBody}</p>
        <p className="mt-4 text-sm text-zinc-500 dark:text-zinc-400">
          {ui.home.stats(notes.length, countCards(), sections.filter((s) => s.notes.length).length)}
        </p>
        <HomeDue />
        <div className="mt-4 flex flex-wrap gap-3">
          {first && (
            <a href={noteHref(first.slug)} className="rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
              {ui.home.startReading}
            </a>
          )}
          <Link href="/tags/" className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            {ui.nav.tags}
          </Link>
        </div>
      </section>

      <h2 id="sections" className="mb-6 scroll-mt-20 text-2xl font-bold tracking-tight">{ui.home.sectionsHeading}</h2>
      <div className="space-y-10">
        {sections.map((s, i) => (
          <section key={s.slug} aria-labelledby={`sec-${s.slug}`}>
            <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 id={`sec-${s.slug}`} className="text-xl font-semibold">
                <Link href={sectionHref(s.slug)} prefetch={false} className="hover:underline">
                  <span className="mr-2 text-zinc-500 dark:text-zinc-400">{String(i + 1).padStart(2, '0')}</span>
                  {s.title}
                </Link>
              </h3>
              <span className="text-sm text-zinc-500 dark:text-zinc-400">
                {s.en} · {ui.home.notesCount(s.notes.length)}
              </span>
            </div>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{s.description}</p>
            {s.notes.length ? <NoteList notes={s.notes} compact /> : <p className="text-sm text-zinc-500 dark:text-zinc-400">{ui.section.empty}</p>}
          </section>
        ))}
      </div>
    </div>
  );
}
