import { interviewDue, interviewNewLimit } from './interview';
import { retrievability } from './scheduler';
import type { CardState } from './types';

/** What the queue needs to know about a bank card. */
export interface CardMeta {
  key: string;
  note: string;
  section: string;
  tags: string[];
  level: string;
}

/** Empty list = no filter on that dimension; filters combine with AND, values within one with OR. */
export interface Scope {
  sections: string[];
  notes: string[];
  tags: string[];
  levels: string[];
}

export interface SessionOptions {
  scope: Scope;
  include: { due: boolean; new: boolean; weak: boolean };
  size: number;
  newLimit: number;
  retention: number;
  /** ISO date of the interview, or null. */
  interviewAt: string | null;
  /** Predicted recall wanted on interview day (interview-date mode only). */
  interviewTarget: number;
}

/** Below this recall probability a seen card counts as weak even when it is not due yet. */
export const WEAK_RETRIEVABILITY = 0.85;

export const EMPTY_SCOPE: Scope = { sections: [], notes: [], tags: [], levels: [] };
/** What `/quiz/` includes until the learner changes it; the home page's due count uses the same. */
export const DEFAULT_INCLUDE: SessionOptions['include'] = { due: true, new: true, weak: false };

export function inScope(card: CardMeta, scope: Scope): boolean {
  return (
    (!scope.sections.length || scope.sections.includes(card.section)) &&
    (!scope.notes.length || scope.notes.includes(card.note)) &&
    (!scope.tags.length || card.tags.some((t) => scope.tags.includes(t))) &&
    (!scope.levels.length || scope.levels.includes(card.level))
  );
}

/**
 * Weak = relearning after a lapse, or likely forgotten by now. A past lapse alone does not count:
 * once the card is recalled again it leaves the group, and comes back only if its recall drops.
 */
export function isWeak(state: CardState, now: Date): boolean {
  return state.state !== 0 && (state.state === 3 || retrievability(state, now) < WEAK_RETRIEVABILITY);
}

/** When a card counts as due: its FSRS due date, pulled forward in interview-date mode. */
export function effectiveDue(state: CardState, opts: Pick<SessionOptions, 'interviewAt' | 'interviewTarget'>, now: Date): Date {
  const interview = opts.interviewAt ? new Date(opts.interviewAt) : null;
  return interview && interview > now ? interviewDue(state, interview, opts.interviewTarget) : new Date(state.due);
}

export interface Queue {
  keys: string[];
  counts: { due: number; new: number; weak: number };
}

/**
 * The session's cards: due first (least likely remembered first), then weak, then new cards up to
 * what is left of today's new-card limit; cut to the session size.
 */
export function buildQueue(bank: CardMeta[], states: ReadonlyMap<string, CardState>, opts: SessionOptions, newSeenToday: number, now: Date): Queue {
  const due: { key: string; r: number }[] = [];
  const weak: { key: string; r: number }[] = [];
  const fresh: string[] = [];
  for (const card of bank) {
    if (!inScope(card, opts.scope)) continue;
    const s = states.get(card.key);
    if (!s || s.state === 0) {
      fresh.push(card.key);
      continue;
    }
    const r = retrievability(s, now);
    if (effectiveDue(s, opts, now) <= now) due.push({ key: card.key, r });
    else if (isWeak(s, now)) weak.push({ key: card.key, r });
  }
  const byR = (a: { r: number }, b: { r: number }) => a.r - b.r;
  due.sort(byR);
  weak.sort(byR);
  const interview = opts.interviewAt ? new Date(opts.interviewAt) : null;
  const limit = interview && interview > now ? interviewNewLimit(fresh.length + newSeenToday, now, interview, opts.newLimit) : opts.newLimit;
  const newKeys = fresh.slice(0, Math.max(0, limit - newSeenToday));
  const keys = [
    ...(opts.include.due ? due.map((d) => d.key) : []),
    ...(opts.include.weak ? weak.map((d) => d.key) : []),
    ...(opts.include.new ? newKeys : []),
  ].slice(0, Math.max(0, opts.size));
  return { keys, counts: { due: due.length, new: newKeys.length, weak: weak.length } };
}

/** `n` distinct random keys (Fisher–Yates); `random` is injected so tests are deterministic. */
export function pickRandom(keys: string[], n: number, random: () => number): string[] {
  const a = [...keys];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}
