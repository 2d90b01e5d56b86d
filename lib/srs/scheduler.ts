import { createEmptyCard, fsrs, type Card, type FSRS } from 'ts-fsrs';
import type { CardState, Grade, ReviewEntry } from './types';

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

const schedulers = new Map<number, FSRS>();
/** Fuzz off: the same reviews always give the same schedule, so two tabs and a replay agree. */
function scheduler(retention: number): FSRS {
  const r = clampRetention(retention);
  let f = schedulers.get(r);
  if (!f) schedulers.set(r, (f = fsrs({ enable_fuzz: false, request_retention: r })));
  return f;
}

export function clampRetention(r: number): number {
  if (!Number.isFinite(r)) return DEFAULT_RETENTION;
  return Math.round(Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, r)) * 100) / 100;
}

function toCard(s: CardState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview ? new Date(s.lastReview) : undefined,
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardState['state'],
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** The state after grading `state` at `now`. */
export function gradeCard(state: CardState, grade: Grade, now: Date, retention = DEFAULT_RETENTION): CardState {
  return fromCard(scheduler(retention).next(toCard(state), now, grade).card);
}

/** Milliseconds until the card would be due again for each grade (the labels on the grade buttons). */
export function previewIntervals(state: CardState, now: Date, retention = DEFAULT_RETENTION): Record<Grade, number> {
  const p = scheduler(retention).repeat(toCard(state), now);
  const ms = (g: Grade) => p[g].card.due.getTime() - now.getTime();
  return { 1: ms(1), 2: ms(2), 3: ms(3), 4: ms(4) };
}

/** Probability of recall at `at` (0 for a card never reviewed); the desired retention plays no part in it. */
export function retrievability(state: CardState, at: Date): number {
  if (state.state === 0) return 0;
  return scheduler(DEFAULT_RETENTION).get_retrievability(toCard(state), at, false);
}

/** Rebuilds a card from its review log, in review-time order; the log is the source of truth. */
export function replayLogs(entries: readonly ReviewEntry[], retention = DEFAULT_RETENTION): CardState | null {
  if (!entries.length) return null;
  const sorted = [...entries].sort((a, b) => a.review.localeCompare(b.review));
  let state = newCardState(new Date(sorted[0]!.review));
  for (const e of sorted) state = gradeCard(state, e.rating, new Date(e.review), retention);
  return state;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
/** An interval rounded for a button label: 1 minute, 6 hours, 3 days, 2.5 months, 1.2 years. */
export function roundInterval(ms: number): { n: number; unit: IntervalUnit } {
  if (ms < HOUR) return { n: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY) return { n: Math.round(ms / HOUR), unit: 'hour' };
  const days = ms / DAY;
  if (days < 30) return { n: Math.round(days), unit: 'day' };
  if (days < 365) return { n: Math.round((days / 30) * 10) / 10, unit: 'month' };
  return { n: Math.round((days / 365) * 10) / 10, unit: 'year' };
}
