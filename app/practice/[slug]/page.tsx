import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { DifficultyBadge } from '@/components/practice/difficulty-badge';
import { PracticeWorkbench } from '@/components/practice/practice-workbench';
import { getNote, getSection } from '@/lib/content';
import { getAllProblems, getProblem, renderProblem } from '@/lib/content/practice';
import { pyCall, pyLiteral } from '@/lib/practice/py-literal';
import { encodeSpec } from '@/lib/practice/runner';
import { noteHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

const t = ui.practice;
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllProblems().map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: PageProps<'/practice/[slug]'>): Promise<Metadata> {
  const p = getProblem((await params).slug);
  if (!p) return {};
  return { title: `${p.title} · ${t.listTitle}`, description: p.signature, alternates: { canonical: `/practice/${p.slug}/` } };
}

export default async function PracticeProblemPage({ params }: PageProps<'/practice/[slug]'>) {
  const p = getProblem((await params).slug);
  if (!p) notFound();
  const html = await renderProblem(p);
  const note = getNote(p.note)!;
  const spec = { functionName: p.functionName, tests: p.tests, check: p.check };
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 lg:py-10">
      <Breadcrumbs items={[{ href: '/', label: ui.nav.home }, { href: '/practice/', label: t.listTitle }, { label: p.title }]} />
      <header>
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-zinc-900 dark:text-white">{p.title}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
          <DifficultyBadge difficulty={p.difficulty} />
          <span>{getSection(p.section)!.title}</span>
          <a href={noteHref(note.slug)} className="text-accent-700 hover:underline dark:text-accent-300">
            {t.noteLink}：{note.frontmatter.title}
          </a>
        </p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.purepython}</p>
      </header>

      <section aria-labelledby="statement-heading" className="mt-6">
        <h2 id="statement-heading" className="sr-only">{t.statement}</h2>
        <div className="note-prose prose prose-zinc max-w-none dark:prose-invert prose-pre:rounded-lg" dangerouslySetInnerHTML={{ __html: html.statementHtml }} />
      </section>

      <section aria-labelledby="signature-heading" className="mt-6">
        <h2 id="signature-heading" className="mb-2 text-lg font-semibold">{t.signature}</h2>
        <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-zinc-100 p-3 font-mono text-[13px] dark:bg-zinc-900">{p.signature}</pre>
        <h2 className="mb-2 mt-5 text-lg font-semibold">{t.examples}</h2>
        <ul className="space-y-2">
          {p.tests
            .filter((x) => x.example)
            .map((x, i) => (
              <li key={i} className="overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-[13px] dark:bg-zinc-900">
                {x.name && <span className="mb-1 block font-sans text-xs text-zinc-600 dark:text-zinc-400">{x.name}</span>}
                <code className="whitespace-pre-wrap break-all">
                  {pyCall(p.functionName, x.args)} → {x.compare === 'property' ? '…' : pyLiteral(x.expected)}
                </code>
              </li>
            ))}
        </ul>
      </section>

      <PracticeWorkbench
        slug={p.slug}
        title={p.title}
        functionName={p.functionName}
        starter={p.starter}
        examplesSpec={encodeSpec(spec, 'examples')}
        allSpec={encodeSpec(spec, 'all')}
        tests={p.tests}
        solutionHtml={html.solutionHtml}
        explanationHtml={html.explanationHtml}
      />
    </div>
  );
}
