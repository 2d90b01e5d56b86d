import { useEffect, useState, useSyncExternalStore } from 'react';
import { BANK_URL, type QuizBank } from '@/lib/quiz-bank';
import { INITIAL_STATE, quizStore, type QuizState, type QuizStore } from '@/lib/quiz-store';

// The store is created on first use in the browser; prerendering only ever sees the initial state.
const subscribe = (listener: () => void) => quizStore().subscribe(listener);
const getSnapshot = () => quizStore().getSnapshot();
const getServerSnapshot = () => INITIAL_STATE;

/** This tab's quiz progress (see `lib/quiz-store`), re-rendering on every change. */
export function useQuizStore(): { state: QuizState; store: () => QuizStore } {
  return { state: useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot), store: quizStore };
}

/** The card bank from `/quiz-cards.json`; `error` when it cannot be loaded. */
export function useBank(): { bank: QuizBank | null; error: boolean } {
  const [result, setResult] = useState<{ bank: QuizBank | null; error: boolean }>({ bank: null, error: false });
  useEffect(() => {
    let cancelled = false;
    fetch(BANK_URL)
      .then((r) => (r.ok ? (r.json() as Promise<QuizBank>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (bank) => !cancelled && setResult({ bank, error: false }),
        () => !cancelled && setResult({ bank: null, error: true }),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return result;
}
