'use client';

import { useEffect, useRef } from 'react';
import { cardHref, type BankCard } from '@/lib/quiz-bank';
import { GRADES } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';
import type { SessionResult } from './flashcard-session';

interface Props {
  results: SessionResult[];
  cards: ReadonlyMap<string, BankCard>;
  noteTitles: ReadonlyMap<string, string>;
  mock: boolean;
  onAgain: () => void;
}

/** Grade counts, then the cards to revisit with links back to their notes (with time spent in a mock interview). */
export function SessionSummary({ results, cards, noteTitles, mock, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const revisit = results.filter((r) => r.grade === 1 || (mock && r.grade === 2));
  return (
    <section aria-labelledby="summary-heading" data-testid="session-summary">
      <h2 id="summary-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">{ui.quiz.summaryHeading}</h2>
      <p className="mt-2">{ui.quiz.summaryCounts(results.length)}</p>
      <ul className="mt-3 flex flex-wrap gap-3 text-sm">
        {GRADES.map((g) => (
          <li key={g} className="rounded-md border border-zinc-200 px-3 py-1 dark:border-zinc-800">
            {ui.quiz.grades[g]}：{results.filter((r) => r.grade === g).length}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{mock ? ui.quiz.revisitHeading : ui.quiz.againHeading}</h3>
      {revisit.length ? (
        <ul className="mt-2 space-y-2">
          {revisit.map((r) => {
            const c = cards.get(r.key);
            return (
              <li key={r.key} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                <a href={cardHref(r.key)} className="font-medium text-accent-700 underline dark:text-accent-300">
                  {noteTitles.get(c?.note ?? '') ?? r.key}
                </a>
                <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">
                  {ui.quiz.grades[r.grade]}
                  {mock && ` · ${ui.quiz.seconds(Math.round(r.ms / 1000))}`}
                </span>
                {c && <div className="prose prose-sm prose-zinc mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: c.q }} />}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{ui.quiz.noAgain}</p>
      )}
      <button type="button" onClick={onAgain} className="mt-6 rounded-lg bg-accent-600 px-5 py-2.5 font-medium text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600">
        {ui.quiz.again}
      </button>
    </section>
  );
}
