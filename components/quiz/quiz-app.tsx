'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Grade } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';
import { FlashcardSession, type SessionResult } from './flashcard-session';
import { SessionSetup, type SessionPlan } from './session-setup';
import { SessionSummary } from './session-summary';
import { StorageNotice } from './storage-notice';
import { useQuizData } from './use-quiz-data';

type Phase = { kind: 'setup' } | { kind: 'session'; plan: SessionPlan } | { kind: 'summary'; plan: SessionPlan; results: SessionResult[] };

/** `/quiz/`: setup → flashcards → summary. `?note=<slug>` starts straight away with that note's cards. */
export function QuizApp() {
  const { data, grade, updateSettings, dismissProblems, db } = useQuizData();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [noteNotice, setNoteNotice] = useState<string | null>(null);
  const startedFromUrl = useRef(false);
  const { bank } = data;
  const byKey = useMemo(() => new Map(bank?.cards.map((c) => [c.key, c])), [bank]);
  const noteTitles = useMemo(() => new Map(bank?.notes.map((n) => [n.slug, n.title])), [bank]);

  useEffect(() => {
    if (!bank || startedFromUrl.current) return;
    startedFromUrl.current = true;
    const slug = new URLSearchParams(window.location.search).get('note');
    if (!slug) return;
    const keys = bank.cards.filter((c) => c.note === slug).map((c) => c.key);
    if (keys.length) {
      setNoteNotice(ui.quiz.noteSession(noteTitles.get(slug) ?? slug));
      setPhase({ kind: 'session', plan: { keys, secondsPerCard: null } });
    } else setNoteNotice(ui.quiz.noteMissing);
  }, [bank, noteTitles]);

  const onGrade = useCallback((key: string, g: Grade) => grade(key, g, data.settings.retention), [grade, data.settings.retention]);
  const toSetup = useCallback(() => {
    setNoteNotice(null);
    setPhase({ kind: 'setup' });
  }, []);

  if (data.bankError) return <p role="alert" className="text-red-700 dark:text-red-400">{ui.quiz.bankError}</p>;
  if (!bank) return <p aria-busy="true" className="text-zinc-600 dark:text-zinc-400">{ui.quiz.loading}</p>;

  return (
    <div data-testid="quiz-ready">
      <StorageNotice problems={data.problems} rebuilt={data.rebuilt} dbIssue={data.dbIssue} db={db.current} onDismiss={dismissProblems} />
      {noteNotice && <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">{noteNotice}</p>}
      {phase.kind === 'setup' && (
        <SessionSetup bank={bank} cards={data.cards} logs={data.logs} settings={data.settings} onSettings={(s) => void updateSettings(s)} onStart={(plan) => setPhase({ kind: 'session', plan })} />
      )}
      {phase.kind === 'session' && (
        <FlashcardSession
          cards={phase.plan.keys.map((k) => byKey.get(k)!)}
          noteTitles={noteTitles}
          states={data.cards}
          retention={data.settings.retention}
          secondsPerCard={phase.plan.secondsPerCard}
          onGrade={onGrade}
          onDone={(results) => setPhase({ kind: 'summary', plan: phase.plan, results })}
          onExit={toSetup}
        />
      )}
      {phase.kind === 'summary' && (
        <SessionSummary results={phase.results} cards={byKey} noteTitles={noteTitles} mock={phase.plan.secondsPerCard !== null} onAgain={toSetup} />
      )}
    </div>
  );
}
