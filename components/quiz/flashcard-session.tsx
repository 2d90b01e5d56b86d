'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { cardHref, type BankCard } from '@/lib/quiz-bank';
import { newCardState, previewIntervals } from '@/lib/srs/scheduler';
import { afterGrade, currentCard, remaining, startQueue, type SessionQueue } from '@/lib/srs/session';
import type { CardState, Grade } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';
import { GradeButtons } from './grade-buttons';
import { useCountdown } from './use-countdown';

export interface SessionResult {
  key: string;
  grade: Grade;
  ms: number;
}

interface Props {
  keys: string[];
  byKey: ReadonlyMap<string, BankCard>;
  noteTitles: ReadonlyMap<string, string>;
  states: ReadonlyMap<string, { state: CardState }>;
  retention: number;
  /** Mock-interview time limit per card, or null in a normal review. */
  secondsPerCard: number | null;
  /** Saves the grade; resolves with the card's new state. */
  onGrade: (key: string, grade: Grade) => Promise<{ state: CardState }>;
  onDone: (results: SessionResult[]) => void;
  onExit: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * Question → reveal (Space) → self-grade (1–4); the grade is stored before the next card shows.
 * Cards graded Again come back later in the same session (`lib/srs/session`).
 */
export function FlashcardSession({ keys, byKey, noteTitles, states, retention, secondsPerCard, onGrade, onDone, onExit }: Props) {
  const [queue, setQueue] = useState<SessionQueue>(() => startQueue(keys));
  const [currentKey, setCurrentKey] = useState(keys[0]!);
  const [revealed, setRevealed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState(false);
  const results = useRef<SessionResult[]>([]);
  const startedAt = useRef(0); // set when each card shows
  const questionRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const card = byKey.get(currentKey)!;
  const step = queue.done;
  const left = useCountdown(secondsPerCard, step);

  useEffect(() => {
    startedAt.current = Date.now();
    questionRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);

  // Refs, not state, guard the key handler: keys can arrive faster than React re-renders, and a
  // second key press must never grade the same card twice or act on the previous card.
  const revealedRef = useRef(false);
  const queueRef = useRef(queue);
  const keyRef = useRef(currentKey);
  const busy = useRef(false);
  const reveal = useCallback(() => {
    revealedRef.current = true;
    setRevealed(true);
  }, []);

  const grade = useCallback(
    async (g: Grade) => {
      if (busy.current || !revealedRef.current) return;
      busy.current = true;
      const key = keyRef.current;
      setSaving(true);
      setSaveError(false);
      performance.mark('quiz-grade-start');
      let due: number;
      try {
        due = Date.parse((await onGrade(key, g)).state.due);
        performance.measure('quiz-grade-save', 'quiz-grade-start');
      } catch {
        setSaveError(true);
        setSaving(false);
        busy.current = false;
        return;
      }
      results.current.push({ key, grade: g, ms: Date.now() - startedAt.current });
      setSaving(false);
      const next = afterGrade(queueRef.current, key, g, due);
      const nextKey = currentCard(next, Date.now());
      if (nextKey === null) onDone(results.current);
      else {
        revealedRef.current = false;
        queueRef.current = next;
        keyRef.current = nextKey;
        setRevealed(false);
        setQueue(next);
        setCurrentKey(nextKey);
      }
      busy.current = false;
    },
    [onGrade, onDone],
  );
  const gradeRef = useRef(grade);
  useEffect(() => {
    gradeRef.current = grade;
  }, [grade]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTyping(e.target)) return;
      if (e.key === ' ' && !revealedRef.current) {
        e.preventDefault();
        reveal();
      } else if (revealedRef.current && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        void gradeRef.current(Number(e.key) as Grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reveal]);

  const state = states.get(card.key)?.state;
  const intervals = previewIntervals(state ?? newCardState(new Date()), new Date(), retention);
  const noteTitle = noteTitles.get(card.note) ?? card.note;

  return (
    <div data-testid="flashcard-session">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <p aria-live="polite" data-testid="session-progress">{ui.quiz.progressLive(step + 1, step + remaining(queue))}</p>
        {left !== null && (
          <p role="timer" className={left === 0 ? 'font-semibold text-red-700 dark:text-red-400' : ''}>
            {left === 0 ? ui.quiz.timeUp : ui.quiz.timeLeft(left)}
          </p>
        )}
        <button type="button" onClick={onExit} className="rounded-md px-2 py-1 underline hover:bg-zinc-100 dark:hover:bg-zinc-800">
          {ui.quiz.backToSetup}
        </button>
      </div>
      <div className="h-1.5 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
        <div className="h-full bg-accent-600" style={{ width: `${(step / (step + remaining(queue))) * 100}%` }} />
      </div>

      <article data-testid="flashcard" data-card={card.key} className="mt-4 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800 sm:p-6">
        <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">
          {ui.quiz.fromNote}{' '}
          <a href={cardHref(card.key)} className="text-accent-700 underline dark:text-accent-300">
            {noteTitle}
          </a>{' '}
          · {ui.quizBlock.levelLabel}：{ui.quizBlock.level[card.level] ?? card.level}
        </p>
        <h2 ref={questionRef} tabIndex={-1} className="mb-1 text-sm font-semibold text-zinc-500 outline-none dark:text-zinc-400">
          {ui.quiz.question}
        </h2>
        <div className="prose prose-zinc max-w-none text-lg dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.q }} />

        {!revealed ? (
          <button
            type="button"
            onClick={reveal}
            aria-keyshortcuts="Space"
            className="mt-6 w-full rounded-lg bg-accent-600 px-4 py-3 font-medium text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 sm:w-auto"
          >
            {ui.quiz.reveal} <kbd className="ml-2 rounded border border-white/40 px-1.5 text-xs">{ui.quiz.revealKey}</kbd>
          </button>
        ) : (
          <>
            <section aria-labelledby="quiz-answer" className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
              <h2 id="quiz-answer" ref={answerRef} tabIndex={-1} className="mb-1 text-sm font-semibold text-zinc-500 outline-none dark:text-zinc-400">
                {ui.quiz.answer}
              </h2>
              <div className="prose prose-zinc max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.a }} />
            </section>
            <GradeButtons intervals={intervals} disabled={saving} onGrade={(g) => void grade(g)} />
          </>
        )}
        <p role="status" className="mt-2 min-h-5 text-sm">
          {saving ? ui.quiz.saving : saveError ? <span className="text-red-700 dark:text-red-400">{ui.quiz.saveError}</span> : ''}
        </p>
      </article>
    </div>
  );
}
