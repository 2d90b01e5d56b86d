import Link from 'next/link';
import { getProblemsForNote } from '@/lib/content/practice';
import { practiceHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';
import { DifficultyBadge } from './difficulty-badge';

/** "动手写": the practice problems of a note, server-rendered; links do not prefetch, so the note loads no practice code. */
export function NotePracticeLinks({ noteSlug }: { noteSlug: string }) {
  const problems = getProblemsForNote(noteSlug);
  if (!problems.length) return null;
  return (
    <section aria-labelledby="practice-links" className="no-print mt-12" data-testid="note-practice">
      <h2 id="practice-links" className="mb-1 text-lg font-semibold">{ui.practice.noteSectionHeading}</h2>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{ui.practice.noteSectionIntro}</p>
      <ul className="space-y-1.5">
        {problems.map((p) => (
          <li key={p.slug} className="flex flex-wrap items-center gap-2">
            <Link href={practiceHref(p.slug)} prefetch={false} className="text-accent-700 hover:underline dark:text-accent-300">
              {p.title}
            </Link>
            <DifficultyBadge difficulty={p.difficulty} />
          </li>
        ))}
      </ul>
    </section>
  );
}
