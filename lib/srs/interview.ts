import { DAY, retrievability } from './scheduler';
import type { CardState } from './types';

/** Default predicted recall wanted on interview day; set apart from the long-term desired retention. */
export const DEFAULT_INTERVIEW_TARGET = 0.95;
export const MIN_INTERVIEW_TARGET = 0.8;
export const MAX_INTERVIEW_TARGET = 0.99;
// A card just reviewed is not asked again straight away, even on the eve of the interview.
const MIN_GAP = 3_600_000;

/**
 * Interview-date mode. The FSRS state is never changed: only the date a card is treated as due is
 * pulled forward, so the long-term schedule is intact after the interview.
 *
 * A card whose predicted recall on interview day is below `target` comes back as soon as its recall
 * falls below the target, and by the day before the interview at the latest; each review raises its
 * stability until it clears the target. Strong cards keep their FSRS due date. `target` is the
 * learner's interview-day goal, independent of the desired retention that sets FSRS intervals (with
 * the same value for both, a card due after the interview would always clear it and never return).
 */
export function interviewDue(state: CardState, interviewAt: Date, target: number): Date {
  const due = new Date(state.due);
  if (state.state === 0 || !state.lastReview) return due;
  if (retrievability(state, interviewAt) >= target) return due;
  const last = Date.parse(state.lastReview);
  const deadline = Math.max(interviewAt.getTime() - DAY, last + MIN_GAP);
  const pulled = Math.max(Math.min(recallDropsBelow(state, target).getTime(), deadline), last + MIN_GAP);
  return pulled < due.getTime() ? new Date(pulled) : due;
}

/** The first moment the predicted recall is below `target` (ts-fsrs counts whole days since the last review). */
export function recallDropsBelow(state: CardState, target: number): Date {
  const last = Date.parse(state.lastReview!);
  const below = (days: number) => retrievability(state, new Date(last + days * DAY)) < target;
  let hi = 1;
  while (!below(hi) && hi < 36_500) hi *= 2;
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (below(mid)) hi = mid;
    else lo = mid;
  }
  return new Date(last + hi * DAY);
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
