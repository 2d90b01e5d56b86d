import type { Grade } from './types';

/**
 * Cards graded Again come back in the same session once their learning step is over, as in Anki:
 * a returning card is shown when it is due, or earlier when nothing else is left to review.
 */
export interface SessionQueue {
  /** Cards not shown yet, in queue order. */
  pending: readonly string[];
  /** Cards graded Again, with the time (ms) their learning step ends, earliest first. */
  learning: readonly { key: string; due: number }[];
  /** Grades given so far. */
  done: number;
}

export function startQueue(keys: readonly string[]): SessionQueue {
  return { pending: keys, learning: [], done: 0 };
}

/** The card to show at `now`, or null when the session is over. */
export function currentCard(q: SessionQueue, now: number): string | null {
  const first = q.learning[0];
  if (first && (first.due <= now || !q.pending.length)) return first.key;
  return q.pending[0] ?? null;
}

/** The queue after `key` (the current card) was graded; `nextDue` is its new FSRS due time. */
export function afterGrade(q: SessionQueue, key: string, grade: Grade, nextDue: number): SessionQueue {
  const learning = q.learning.filter((l) => l.key !== key);
  const pending = learning.length === q.learning.length ? q.pending.filter((k) => k !== key) : q.pending;
  if (grade === 1) learning.push({ key, due: nextDue });
  learning.sort((a, b) => a.due - b.due);
  return { pending, learning, done: q.done + 1 };
}

/** Cards still to be graded, counting returning ones. */
export function remaining(q: SessionQueue): number {
  return q.pending.length + q.learning.length;
}
