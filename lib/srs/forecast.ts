import { daysUntil, interviewDue } from './interview';
import type { CardMeta } from './queue';
import { gradeCard, newCardState, retrievability } from './scheduler';
import type { CardState } from './types';

export interface Readiness {
  cards: number;
  /** Mean predicted recall on interview day if no more reviews happen (unseen cards count as 0). */
  predicted: number;
  /** Reviews still needed so every card clears the interview-day target (assuming each is recalled). */
  reviewsNeeded: number;
  /** `reviewsNeeded` spread over the days left. */
  perDay: number;
}

// A card that cannot clear the target with this many reviews before the interview is counted as this many.
const MAX_SIMULATED_REVIEWS = 30;

/**
 * Reviews this card needs before the interview to reach `target` on the day: replays "Good" grades at
 * the times interview-date mode would bring the card back (ts-fsrs, no fuzz, so deterministic).
 */
export function reviewsToTarget(state: CardState | undefined, now: Date, interviewAt: Date, target: number, retention: number): number {
  let s = state && state.state !== 0 ? state : null;
  let t = now.getTime();
  let n = 0;
  if (!s) {
    s = gradeCard(newCardState(now), 3, now, retention);
    n = 1;
  }
  while (n < MAX_SIMULATED_REVIEWS && retrievability(s, interviewAt) < target) {
    t = Math.max(t, interviewDue(s, interviewAt, target).getTime());
    if (t >= interviewAt.getTime()) break;
    s = gradeCard(s, 3, new Date(t), retention);
    n++;
  }
  return n;
}

function group(): Readiness {
  return { cards: 0, predicted: 0, reviewsNeeded: 0, perDay: 0 };
}

/**
 * Interview-day readiness overall, per section and per note; `weakestSections` lists sections with
 * the lowest predicted recall first. Pure: the clock comes in as `now`.
 */
export function forecastReadiness(bank: readonly CardMeta[], states: ReadonlyMap<string, CardState>, now: Date, interviewAt: Date, target: number, retention: number) {
  const all = group();
  const bySection = new Map<string, Readiness>();
  const byNote = new Map<string, Readiness>();
  const get = (m: Map<string, Readiness>, k: string) => m.get(k) ?? m.set(k, group()).get(k)!;
  for (const card of bank) {
    const s = states.get(card.key);
    const r = s ? retrievability(s, interviewAt) : 0;
    const need = reviewsToTarget(s, now, interviewAt, target, retention);
    for (const g of [all, get(bySection, card.section), get(byNote, card.note)]) {
      g.cards++;
      g.predicted += r;
      g.reviewsNeeded += need;
    }
  }
  const days = Math.max(1, daysUntil(now, interviewAt));
  for (const g of [all, ...bySection.values(), ...byNote.values()]) {
    g.predicted = g.cards ? g.predicted / g.cards : 0;
    g.perDay = Math.ceil(g.reviewsNeeded / days);
  }
  const weakest = (m: Map<string, Readiness>) => [...m.entries()].sort((a, b) => a[1].predicted - b[1].predicted || b[1].reviewsNeeded - a[1].reviewsNeeded).map(([k]) => k);
  return { all, bySection, byNote, weakestSections: weakest(bySection), weakestNotes: weakest(byNote) };
}
