'use client';

import { useMemo, useState } from 'react';
import type { QuizBank } from '@/lib/quiz-bank';
import type { QuizState, Settings } from '@/lib/quiz-store';
import { daysUntil, MAX_INTERVIEW_TARGET, MIN_INTERVIEW_TARGET } from '@/lib/srs/interview';
import { buildQueue, DEFAULT_INCLUDE, EMPTY_SCOPE, inScope, pickRandom, type Scope } from '@/lib/srs/queue';
import { dayKey, newCardsStartedToday } from '@/lib/srs/stats';
import type { CardState } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from './number-field';
import { ScopeFields } from './scope-fields';

export interface SessionPlan {
  keys: string[];
  secondsPerCard: number | null;
}

interface Props {
  bank: QuizBank;
  state: QuizState;
  onSettings: (s: Settings) => void;
  onStart: (plan: SessionPlan) => void;
}

const box = 'h-4 w-4 accent-accent-600';

/** Local midnight of a YYYY-MM-DD date input, as ISO. */
function dateInputToIso(v: string): string | null {
  const [y, m, d] = v.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d).toISOString() : null;
}

function statesOf(state: QuizState): Map<string, CardState> {
  return new Map([...state.cards].map(([k, r]) => [k, r.state]));
}

/**
 * A session asked for by the URL: `?note=<slug>` (all of that note's cards) or `?section=<slug>`
 * (that section's due, weak and new cards, as the readiness forecast links to).
 */
export function sessionFromUrl(params: URLSearchParams, bank: QuizBank, state: QuizState, now: Date): { notice: string; plan: SessionPlan | null } | null {
  const note = params.get('note');
  const section = params.get('section');
  if (note) {
    const keys = bank.cards.filter((c) => c.note === note).map((c) => c.key);
    const title = bank.notes.find((n) => n.slug === note)?.title ?? note;
    return keys.length ? { notice: ui.quiz.noteSession(title), plan: { keys, secondsPerCard: null } } : { notice: ui.quiz.noteMissing, plan: null };
  }
  if (section) {
    const title = bank.sections.find((s) => s.slug === section)?.title;
    const opts = { ...state.settings, scope: { ...EMPTY_SCOPE, sections: [section] }, include: { due: true, new: true, weak: true } };
    const { keys } = buildQueue(bank.cards, statesOf(state), opts, newCardsStartedToday(state.logs, now), now);
    return title && keys.length ? { notice: ui.quiz.sectionSession(title), plan: { keys, secondsPerCard: null } } : { notice: ui.quiz.sectionEmpty, plan: null };
  }
  return null;
}

export function SessionSetup({ bank, state, onSettings, onStart }: Props) {
  const { settings } = state;
  const [scope, setScope] = useState<Scope>(EMPTY_SCOPE);
  const [include, setInclude] = useState(DEFAULT_INCLUDE);
  const [mock, setMock] = useState(false);
  const [mockCount, setMockCount] = useState(10);
  const [mockSeconds, setMockSeconds] = useState(90);
  const now = new Date();
  const states = useMemo(() => statesOf(state), [state]);
  const queue = buildQueue(bank.cards, states, { ...settings, scope, include }, newCardsStartedToday(state.logs, now), now);
  const pool = bank.cards.filter((c) => inScope(c, scope)).map((c) => c.key);
  const count = mock ? Math.min(mockCount, pool.length) : queue.keys.length;
  const interview = settings.interviewAt ? new Date(settings.interviewAt) : null;

  const start = () =>
    onStart(mock ? { keys: pickRandom(pool, mockCount, Math.random), secondsPerCard: mockSeconds } : { keys: queue.keys, secondsPerCard: null });

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        if (count) start();
      }}
    >
      <ScopeFields bank={bank} scope={scope} onChange={setScope} />

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{ui.quiz.mode}</legend>
        <div className="flex flex-wrap gap-4">
          {[false, true].map((m) => (
            <label key={String(m)} className="flex items-center gap-2 text-sm">
              <input type="radio" name="mode" className={box} checked={mock === m} onChange={() => setMock(m)} />
              {m ? ui.quiz.modeMock : ui.quiz.modeReview}
            </label>
          ))}
        </div>
        {mock ? (
          <>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{ui.quiz.mockHelp}</p>
            <div className="flex flex-wrap gap-4">
              <NumberField label={ui.quiz.mockCount} value={mockCount} min={1} max={100} onChange={setMockCount} />
              <NumberField label={ui.quiz.mockSeconds} value={mockSeconds} min={10} max={600} onChange={setMockSeconds} />
            </div>
          </>
        ) : (
          <>
            <fieldset>
              <legend className="mb-1 text-sm font-medium">{ui.quiz.include}</legend>
              <div className="flex flex-wrap gap-4">
                {(['due', 'new', 'weak'] as const).map((k) => (
                  <label key={k} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className={box} checked={include[k]} onChange={(e) => setInclude({ ...include, [k]: e.target.checked })} />
                    {k === 'due' ? ui.quiz.includeDue : k === 'new' ? ui.quiz.includeNew : ui.quiz.includeWeak}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="flex flex-wrap gap-4">
              <NumberField label={ui.quiz.size} value={settings.size} min={1} max={1000} onChange={(size) => onSettings({ ...settings, size })} />
              <NumberField label={ui.quiz.newLimit} value={settings.newLimit} min={0} max={1000} onChange={(newLimit) => onSettings({ ...settings, newLimit })} />
            </div>
            <label className="block text-sm font-medium">
              {ui.quiz.retention}：{Math.round(settings.retention * 100)}%
              <input
                type="range"
                min={70}
                max={97}
                value={Math.round(settings.retention * 100)}
                onChange={(e) => onSettings({ ...settings, retention: Number(e.target.value) / 100 })}
                className="mt-1 block w-full max-w-sm accent-accent-600"
              />
              <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">{ui.quiz.retentionHint}</span>
            </label>
            <div>
              <label className="block text-sm font-medium">
                {ui.quiz.interviewDate}
                <input
                  type="date"
                  min={dayKey(now)}
                  value={interview ? dayKey(interview) : ''}
                  onChange={(e) => onSettings({ ...settings, interviewAt: dateInputToIso(e.target.value) })}
                  className="mt-1 block rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
                />
              </label>
              {interview && (
                <>
                  <p className="mt-1 flex flex-wrap items-center gap-3 text-sm">
                    <span>{ui.quiz.interviewDays(daysUntil(now, interview))}</span>
                    <button type="button" className="underline" onClick={() => onSettings({ ...settings, interviewAt: null })}>
                      {ui.quiz.interviewClear}
                    </button>
                  </p>
                  <label className="mt-3 block text-sm font-medium">
                    {ui.quiz.interviewTarget}：{Math.round(settings.interviewTarget * 100)}%
                    <input
                      type="range"
                      min={Math.round(MIN_INTERVIEW_TARGET * 100)}
                      max={Math.round(MAX_INTERVIEW_TARGET * 100)}
                      value={Math.round(settings.interviewTarget * 100)}
                      onChange={(e) => onSettings({ ...settings, interviewTarget: Number(e.target.value) / 100 })}
                      className="mt-1 block w-full max-w-sm accent-accent-600"
                    />
                  </label>
                </>
              )}
              <p className="mt-1 max-w-2xl text-xs leading-5 text-zinc-600 dark:text-zinc-400">{ui.quiz.interviewHelp}</p>
            </div>
          </>
        )}
      </fieldset>

      <div className="flex flex-wrap items-center gap-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <button
          type="submit"
          disabled={!count}
          data-testid="start-session"
          className="rounded-lg bg-accent-600 px-5 py-2.5 font-medium text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {ui.quiz.start}
        </button>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="queue-summary">
          {count
            ? mock
              ? ui.quiz.mockSummary(count, pool.length)
              : ui.quiz.queueSummary(count, queue.counts.due, queue.counts.new, queue.counts.weak)
            : ui.quiz.nothingDue}
        </p>
      </div>
    </form>
  );
}
