'use client';

import { useMemo } from 'react';
import { forecastReadiness } from '@/lib/srs/forecast';
import { daysUntil } from '@/lib/srs/interview';
import { reviewsPerDay, streak, summarize } from '@/lib/srs/stats';
import type { CardState } from '@/lib/srs/types';
import { noteHref, sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';
import { DataTools } from './data-tools';
import { MasteryBar, ProgressTable } from './progress-table';
import { ReadinessTable } from './readiness';
import { ReviewHeatmap } from './review-heatmap';
import { StorageNotice } from './storage-notice';
import { useBank, useQuizStore } from './use-quiz-store';

const WEAKEST_NOTES_SHOWN = 10;

/** `/progress/`: readiness at a glance (and for interview day when a date is set), per section and note, plus backup tools. */
export function ProgressApp() {
  const { state, store } = useQuizStore();
  const { bank, error: bankError } = useBank();
  const view = useMemo(() => {
    if (!bank) return null;
    const now = new Date();
    const states = new Map<string, CardState>([...state.cards].map(([k, r]) => [k, r.state]));
    const perDay = reviewsPerDay(state.logs.map((l) => l.review));
    const known = new Set(bank.cards.map((c) => c.key));
    const { interviewAt, interviewTarget, retention } = state.settings;
    const interview = interviewAt && new Date(interviewAt) > now ? new Date(interviewAt) : null;
    return {
      now,
      ...summarize(bank.cards, states, now),
      perDay,
      streak: streak(perDay, now),
      hidden: [...state.cards.keys()].filter((k) => !known.has(k)).length,
      forecast: interview && { days: daysUntil(now, interview), ...forecastReadiness(bank.cards, states, now, interview, interviewTarget, retention) },
    };
  }, [bank, state.cards, state.logs, state.settings]);

  const notice = <StorageNotice problems={state.problems} rebuilt={state.rebuilt} issue={state.issue} store={store} onDismiss={() => store().dismissProblems()} />;
  if (bankError) return <p role="alert" className="text-red-700 dark:text-red-400">{ui.quiz.bankError}</p>;
  if (!bank || !view || !state.ready)
    return (
      <>
        {state.issue && notice}
        <p aria-busy="true" className="text-zinc-600 dark:text-zinc-400">{ui.quiz.loading}</p>
      </>
    );
  const noteTitle = new Map(bank.notes.map((n) => [n.slug, n.title]));
  const sectionTitle = new Map(bank.sections.map((s) => [s.slug, s.title]));
  const noteRows = (slugs: string[]) => slugs.map((s) => ({ id: s, name: noteTitle.get(s) ?? s, href: noteHref(s), stats: view.byNote.get(s)! }));
  const { forecast } = view;

  return (
    <div data-testid="progress-ready" className="space-y-10">
      {notice}
      <section aria-label={ui.progress.title} className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <p className="text-2xl font-bold" data-testid="due-today">{ui.progress.dueNow(view.all.dueToday)}</p>
        <a href="/quiz/" className="rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">{ui.progress.review}</a>
        <p data-testid="seen-total">{ui.progress.totals(view.all.seen, view.all.total)}</p>
        <p>{ui.progress.streak(view.streak)}</p>
        <div className="flex items-center gap-2">
          {ui.progress.mastery} <MasteryBar value={view.all.mastery} />
        </div>
      </section>
      {forecast ? (
        <section aria-labelledby="readiness-heading" className="space-y-4" data-testid="readiness">
          <h2 id="readiness-heading" className="text-lg font-semibold">{ui.readiness.heading}</h2>
          <p data-testid="readiness-summary">{ui.readiness.summary(forecast.days, forecast.all.predicted, state.settings.interviewTarget, forecast.all.perDay)}</p>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">{ui.readiness.explain}</p>
          <ReadinessTable
            caption={ui.readiness.bySection}
            testId="readiness-sections"
            rows={forecast.weakestSections.map((s) => ({ id: s, name: sectionTitle.get(s) ?? s, href: sectionHref(s), quizHref: `/quiz/?section=${encodeURIComponent(s)}`, r: forecast.bySection.get(s)! }))}
          />
          <ReadinessTable
            caption={ui.readiness.byNote(WEAKEST_NOTES_SHOWN)}
            testId="readiness-notes"
            rows={forecast.weakestNotes.slice(0, WEAKEST_NOTES_SHOWN).map((n) => ({ id: n, name: noteTitle.get(n) ?? n, href: noteHref(n), quizHref: `/quiz/?note=${encodeURIComponent(n)}`, r: forecast.byNote.get(n)! }))}
          />
        </section>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.readiness.noDate}</p>
      )}
      <ReviewHeatmap perDay={view.perDay} now={view.now} />
      {view.weakestNotes.length ? (
        <ProgressTable caption={ui.progress.weakest} rows={noteRows(view.weakestNotes.slice(0, WEAKEST_NOTES_SHOWN))} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.noWeak}</p>
      )}
      <ProgressTable caption={ui.progress.bySection} rows={bank.sections.map((s) => ({ id: s.slug, name: s.title, href: sectionHref(s.slug), stats: view.bySection.get(s.slug)! }))} />
      <DataTools store={store()} state={state} noteTitles={noteTitle} />
      <ProgressTable caption={ui.progress.byNote} rows={noteRows(bank.notes.map((n) => n.slug))} />
      {view.hidden > 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.hiddenCards(view.hidden)}</p>}
    </div>
  );
}
