import { describe, expect, it } from 'vitest';
import type { CardMeta } from './queue';
import { gradeCard, newCardState } from './scheduler';
import { calendarWeeks, dayKey, newCardsStartedToday, reviewsPerDay, streak, summarize } from './stats';

const day = (d: number, h = 10) => new Date(2026, 2, d, h);

describe('progress stats', () => {
  it('summarizes per note and section and lists the weakest seen notes first', () => {
    const bank: CardMeta[] = [
      { key: 'a/1', note: 'a', section: 's', tags: [], level: 'E' },
      { key: 'a/2', note: 'a', section: 's', tags: [], level: 'E' },
      { key: 'b/1', note: 'b', section: 's', tags: [], level: 'E' },
      { key: 'c/1', note: 'c', section: 't', tags: [], level: 'E' },
    ];
    const good = gradeCard(gradeCard(newCardState(day(1)), 3, day(1)), 3, day(1, 11));
    const lapsed = gradeCard(good, 1, day(3));
    const states = new Map([
      ['a/1', good],
      ['b/1', lapsed],
    ]);
    const { all, byNote, bySection, weakestNotes } = summarize(bank, states, day(10));
    expect(all).toMatchObject({ total: 4, seen: 2, lapses: 1 });
    expect(byNote.get('a')).toMatchObject({ total: 2, seen: 1, lapses: 0 });
    expect(bySection.get('s')!.seen).toBe(2);
    expect(byNote.get('b')!.dueToday).toBe(1);
    expect(byNote.get('c')!.mastery).toBe(0);
    expect(weakestNotes).toEqual(['b', 'a']);
  });

  it('counts reviews per local day and the streak ending today or yesterday', () => {
    const per = reviewsPerDay([day(1), day(2), day(2, 20), day(3)].map((d) => d.toISOString()));
    expect(per.get(dayKey(day(2)))).toBe(2);
    expect(streak(per, day(3, 23))).toBe(3);
    expect(streak(per, day(4, 9))).toBe(3);
    expect(streak(per, day(5, 9))).toBe(0);
  });

  it('lays out whole Monday-first weeks ending with this week', () => {
    const weeks = calendarWeeks(day(4), 2);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]![0]!.getDay()).toBe(1);
    expect(weeks[1]!.some((d) => dayKey(d) === dayKey(day(4)))).toBe(true);
  });

  it('counts cards first reviewed today against the new-card limit', () => {
    const logs = [
      { key: 'a', review: day(1).toISOString() },
      { key: 'a', review: day(3).toISOString() },
      { key: 'b', review: day(3).toISOString() },
      { key: 'c', review: day(3, 15).toISOString() },
    ];
    expect(newCardsStartedToday(logs, day(3, 20))).toBe(2);
  });
});
