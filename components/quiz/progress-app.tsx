'use client';

import { useMemo } from 'react';
import type { CardState } from '@/lib/srs/types';
import { reviewsPerDay, streak, summarize } from '@/lib/srs/stats';
import { noteHref, sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';
import { DataTools } from './data-tools';
import { MasteryBar, ProgressTable } from './progress-table';
import { ReviewHeatmap } from './review-heatmap';
import { StorageNotice } from './storage-notice';
import { useQuizData } from './use-quiz-data';

/** `/progress/`: readiness at a glance, per section and note, plus backup tools. */
export function ProgressApp() {
  const { data, importData, dismissProblems, db } = useQuizData();
  const { bank } = data;
  const view = useMemo(() => {
    if (!bank) return null;
    const now = new Date();
    const states = new Map<string, CardState>([...data.cards].map(([k, r]) => [k, r.state]));
    const perDay = reviewsPerDay(data.logs.map((l) => l.review));
    const known = new Set(bank.cards.map((c) => c.key));
    return {
      now,
      ...summarize(bank.cards, states, now, data.settings.retention),
      perDay,
      streak: streak(perDay, now),
      hidden: [...data.cards.keys()].filter((k) => !known.has(k)).length,
    };
  }, [bank, data.cards, data.logs, data.settings.retention]);

  if (data.bankError) return <p role="alert" className="text-red-700 dark:text-red-400">{ui.quiz.bankError}</p>;
  if (!bank || !view) return <p aria-busy="true" className="text-zinc-600 dark:text-zinc-400">{ui.quiz.loading}</p>;
  const noteTitle = new Map(bank.notes.map((n) => [n.slug, n.title]));
  const noteRows = (slugs: string[]) => slugs.map((s) => ({ id: s, name: noteTitle.get(s) ?? s, href: noteHref(s), stats: view.byNote.get(s)! }));

  return (
    <div data-testid="progress-ready" className="space-y-10">
      <StorageNotice problems={data.problems} rebuilt={data.rebuilt} dbIssue={data.dbIssue} db={db.current} onDismiss={dismissProblems} />
      <section aria-label={ui.progress.title} className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <p className="text-2xl font-bold" data-testid="due-today">{ui.progress.dueNow(view.all.dueToday)}</p>
        <a href="/quiz/" className="rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">{ui.progress.review}</a>
        <p data-testid="seen-total">{ui.progress.totals(view.all.seen, view.all.total)}</p>
        <p>{ui.progress.streak(view.streak)}</p>
        <div className="flex items-center gap-2">
          {ui.progress.mastery} <MasteryBar value={view.all.mastery} />
        </div>
      </section>
      <ReviewHeatmap perDay={view.perDay} now={view.now} />
      {view.weakestNotes.length ? (
        <ProgressTable caption={ui.progress.weakest} rows={noteRows(view.weakestNotes.slice(0, 10))} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.noWeak}</p>
      )}
      <ProgressTable caption={ui.progress.bySection} rows={bank.sections.map((s) => ({ id: s.slug, name: s.title, href: sectionHref(s.slug), stats: view.bySection.get(s.slug)! }))} />
      <DataTools db={db.current} bank={bank} cards={data.cards} logs={data.logs} canImport={!data.dbIssue} onImport={importData} />
      <ProgressTable caption={ui.progress.byNote} rows={noteRows(bank.notes.map((n) => n.slug))} />
      {view.hidden > 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.hiddenCards(view.hidden)}</p>}
    </div>
  );
}
