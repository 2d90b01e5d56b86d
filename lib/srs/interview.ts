import { DAY, retrievability } from './scheduler';
import type { CardState } from './types';

/**
 * Interview-date mode. The FSRS state is never changed: only the date a card is treated as due is
 * pulled forward, so the long-term schedule is intact after the interview.
 *
 * - A card seen before is due by the day before the interview at the latest, unless its predicted
 *   recall on interview day is still at or above the target: strong cards are left alone, weak ones
 *   come back (again after each review, while they stay weak).
 * - New cards are spread over the days left so all of them are seen once before the last day.
 */
export function interviewDue(state: CardState, interviewAt: Date, retention: number): Date {
  const due = new Date(state.due);
  if (state.state === 0) return due;
  const deadline = lastStudyDay(state, interviewAt);
  if (due <= deadline) return due;
  return retrievability(state, interviewAt, retention) < retention ? deadline : due;
}

/** The day before the interview, but never before the card's last review (it cannot be due in the past of its own history). */
function lastStudyDay(state: CardState, interviewAt: Date): Date {
  const before = new Date(interviewAt.getTime() - DAY);
  const last = state.lastReview ? new Date(state.lastReview) : before;
  return before < last ? last : before;
}

/** Whole days from `now` until the interview (0 when it is today or past). */
export function daysUntil(now: Date, interviewAt: Date): number {
  return Math.max(0, Math.ceil((interviewAt.getTime() - now.getTime()) / DAY));
}

/**
 * New cards allowed today: at least the learner's own limit, raised so the remaining new cards fit
 * into the days before the last one (which is kept for the weak cards).
 */
export function interviewNewLimit(newRemaining: number, now: Date, interviewAt: Date, baseLimit: number): number {
  const studyDays = Math.max(1, daysUntil(now, interviewAt) - 1);
  return Math.max(baseLimit, Math.ceil(newRemaining / studyDays));
}
