import { retrievability } from './scheduler';
import type { CardMeta } from './queue';
import type { CardState } from './types';

/** Local calendar day as YYYY-MM-DD: reviews count toward the learner's own day, not UTC's. */
export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function endOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

export interface GroupStats {
  total: number;
  seen: number;
  dueToday: number;
  /** Mean recall probability now over all cards of the group (unseen cards count as 0). */
  mastery: number;
  lapses: number;
}

function emptyStats(): GroupStats {
  return { total: 0, seen: 0, dueToday: 0, mastery: 0, lapses: 0 };
}

/** Per-note and per-section progress, with the weakest seen notes first in `weakestNotes`. */
export function summarize(bank: CardMeta[], states: ReadonlyMap<string, CardState>, now: Date) {
  const byNote = new Map<string, GroupStats>();
  const bySection = new Map<string, GroupStats>();
  const all = emptyStats();
  const tomorrow = endOfDay(now);
  for (const card of bank) {
    const s = states.get(card.key);
    const seen = Boolean(s && s.state !== 0);
    const r = s && seen ? retrievability(s, now) : 0;
    for (const g of [get(byNote, card.note), get(bySection, card.section), all]) {
      g.total++;
      if (!s || !seen) continue;
      g.seen++;
      g.mastery += r;
      g.lapses += s.lapses;
      if (new Date(s.due) < tomorrow) g.dueToday++;
    }
  }
  for (const g of [...byNote.values(), ...bySection.values(), all]) g.mastery = g.total ? g.mastery / g.total : 0;
  const weakestNotes = [...byNote.entries()]
    .filter(([, g]) => g.seen > 0)
    .sort((a, b) => seenMastery(a[1]) - seenMastery(b[1]) || b[1].lapses - a[1].lapses)
    .map(([note]) => note);
  return { all, byNote, bySection, weakestNotes };
}

/** Mean recall over the cards already studied: a note half-unseen is not "weak", just unfinished. */
function seenMastery(g: GroupStats): number {
  return (g.mastery * g.total) / g.seen;
}

function get(map: Map<string, GroupStats>, key: string): GroupStats {
  let g = map.get(key);
  if (!g) map.set(key, (g = emptyStats()));
  return g;
}

/** Number of reviews per local day. */
export function reviewsPerDay(reviewTimes: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of reviewTimes) {
    const k = dayKey(new Date(t));
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** Consecutive days with a review, ending today, or yesterday when today has none yet. */
export function streak(perDay: ReadonlyMap<string, number>, now: Date): number {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (!perDay.get(dayKey(d))) d.setDate(d.getDate() - 1);
  let n = 0;
  while (perDay.get(dayKey(d))) {
    n++;
    d.setDate(d.getDate() - 1);
  }
  return n;
}

/** The last `weeks` full weeks (Monday first) ending with the current one, as columns of 7 days. */
export function calendarWeeks(now: Date, weeks: number): Date[][] {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7) - 7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, i) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + w * 7 + i)),
  );
}

/** Cards whose first review ever was today: they count against today's new-card limit. */
export function newCardsStartedToday(logs: Iterable<{ key: string; review: string }>, now: Date): number {
  const first = new Map<string, string>();
  for (const l of logs) {
    const prev = first.get(l.key);
    if (!prev || l.review < prev) first.set(l.key, l.review);
  }
  const today = dayKey(now);
  let n = 0;
  for (const t of first.values()) if (dayKey(new Date(t)) === today) n++;
  return n;
}
