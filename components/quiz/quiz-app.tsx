'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { Grade } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';
import { FlashcardSession, type SessionResult } from './flashcard-session';
import { requestPersistence } from './persistence';
import { SessionSetup, sessionFromUrl, type SessionPlan } from './session-setup';
import { SessionSummary } from './session-summary';
import { StorageNotice } from './storage-notice';
import { useBank, useQuizStore } from './use-quiz-store';

type Phase = { kind: 'setup' } | { kind: 'session'; plan: SessionPlan } | { kind: 'summary'; plan: SessionPlan; results: SessionResult[] };

/** `/quiz/`: setup → flashcards → summary. `?note=<slug>` or `?section=<slug>` starts straight away with those cards. */
export function QuizApp() {
  const { state, store } = useQuizStore();
  const { bank, error: bankError } = useBank();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [urlNotice, setUrlNotice] = useState<string | null>(null);
  const askedPersist = useRef(false);
  const byKey = useMemo(() => new Map(bank?.cards.map((c) => [c.key, c])), [bank]);
  const noteTitles = useMemo(() => new Map(bank?.notes.map((n) => [n.slug, n.title])), [bank]);
  const ready = Boolean(bank && state.ready);

  // Once bank and progress are loaded, a `?note=` / `?section=` URL starts its session (state adjusted during render, once).
  const [urlChecked, setUrlChecked] = useState(false);
  if (ready && !urlChecked) {
    setUrlChecked(true);
    const fromUrl = sessionFromUrl(new URLSearchParams(window.location.search), bank!, state, new Date());
    if (fromUrl) {
      setUrlNotice(fromUrl.notice);
      if (fromUrl.plan) setPhase({ kind: 'session', plan: fromUrl.plan });
    }
  }

  const onGrade = useCallback(
    (key: string, g: Grade) => {
      const saved = store().grade(key, g);
      if (!askedPersist.current && store().persistent) {
        askedPersist.current = true;
        void saved.then(() => requestPersistence());
      }
      return saved;
    },
    [store],
  );
  const toSetup = useCallback(() => {
    setUrlNotice(null);
    setPhase({ kind: 'setup' });
  }, []);

  const notice = <StorageNotice problems={state.problems} rebuilt={state.rebuilt} issue={state.issue} store={store} onDismiss={() => store().dismissProblems()} />;
  if (bankError) return <p role="alert" className="text-red-700 dark:text-red-400">{ui.quiz.bankError}</p>;
  if (!bank || !state.ready)
    return (
      <>
        {state.issue && notice}
        <p aria-busy="true" className="text-zinc-600 dark:text-zinc-400">{ui.quiz.loading}</p>
      </>
    );

  return (
    <div data-testid="quiz-ready">
      {notice}
      {urlNotice && <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">{urlNotice}</p>}
      {phase.kind === 'setup' && <SessionSetup bank={bank} state={state} onSettings={(s) => void store().saveSettings(s)} onStart={(plan) => setPhase({ kind: 'session', plan })} />}
      {phase.kind === 'session' && (
        <FlashcardSession
          keys={phase.plan.keys}
          byKey={byKey}
          noteTitles={noteTitles}
          states={state.cards}
          retention={state.settings.retention}
          secondsPerCard={phase.plan.secondsPerCard}
          onGrade={onGrade}
          onDone={(results) => setPhase({ kind: 'summary', plan: phase.plan, results })}
          onExit={toSetup}
        />
      )}
      {phase.kind === 'summary' && <SessionSummary results={phase.results} cards={byKey} noteTitles={noteTitles} mock={phase.plan.secondsPerCard !== null} onAgain={toSetup} />}
    </div>
  );
}
