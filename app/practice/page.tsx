import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { DifficultyBadge } from '@/components/practice/difficulty-badge';
import { PracticeStatus } from '@/components/practice/practice-status';
import { getNote, getSections } from '@/lib/content';
import { getAllProblems } from '@/lib/content/practice';
import { noteHref, practiceHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

const t = ui.practice;
export const metadata: Metadata = { title: t.listTitle, description: t.listIntro, alternates: { canonical: '/practice/' } };

export default function PracticeListPage() {
  const problems = getAllProblems();
  const groups = getSections()
    .map((s) => ({ section: s, problems: problems.filter((p) => p.section === s.slug) }))
    .filter((g) => g.problems.length > 0);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { label: t.listTitle }]} />
      <h1 className="text-3xl font-bold tracking-tight">{t.listTitle}</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.listIntro}</p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.purepython}</p>
      {groups.map(({ section, problems: list }) => (
        <section key={section.slug} aria-labelledby={`sec-${section.slug}`} className="mt-8">
          <h2 id={`sec-${section.slug}`} className="mb-2 text-lg font-semibold">
            {section.title} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{t.problemsCount(list.length)}</span>
          </h2>
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {list.map((p) => (
              <li key={p.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2.5">
                <Link href={practiceHref(p.slug)} prefetch={false} className="min-w-0 flex-1 basis-48 font-medium text-accent-700 hover:underline dark:text-accent-300">
                  {p.title}
                </Link>
                <DifficultyBadge difficulty={p.difficulty} />
                <a href={noteHref(p.note)} className="text-xs text-zinc-600 hover:underline dark:text-zinc-400">
                  {t.noteLink}：{getNote(p.note)!.frontmatter.title}
                </a>
                <PracticeStatus slug={p.slug} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
