import { describe, expect, it } from 'vitest';
import { clampRetention, DAY, gradeCard, newCardState, previewIntervals, replayLogs, retrievability, roundInterval } from './scheduler';

const NOW = new Date('2026-03-01T08:00:00Z');
const MIN = 60_000;

describe('scheduler', () => {
  it('previews the FSRS intervals of a new card for each grade', () => {
    const p = previewIntervals(newCardState(NOW), NOW);
    expect(p[1]).toBe(1 * MIN);
    expect(p[2]).toBe(6 * MIN);
    expect(p[3]).toBe(10 * MIN);
    expect(Math.round(p[4] / DAY)).toBe(8);
  });

  it('grades with the injected clock: Good twice gives a multi-day interval, Again counts a lapse', () => {
    let s = gradeCard(newCardState(NOW), 3, NOW);
    expect(s.due).toBe(new Date(NOW.getTime() + 10 * MIN).toISOString());
    expect(s.lastReview).toBe(NOW.toISOString());
    const t2 = new Date(s.due);
    s = gradeCard(s, 3, t2);
    const days = (new Date(s.due).getTime() - t2.getTime()) / DAY;
    expect(days).toBeGreaterThanOrEqual(1);
    expect(days).toBeLessThanOrEqual(4);
    const later = new Date(s.due);
    const lapsed = gradeCard(s, 1, later);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
  });

  it('a higher desired retention schedules shorter review intervals', () => {
    let s = newCardState(NOW);
    for (const t of [0, 1, 3]) s = gradeCard(s, 3, new Date(NOW.getTime() + t * DAY));
    const at = new Date(NOW.getTime() + 4 * DAY);
    expect(previewIntervals(s, at, 0.95)[3]).toBeLessThan(previewIntervals(s, at, 0.8)[3]);
  });

  it('retrievability is 0 for unseen cards and falls with time', () => {
    const s = gradeCard(gradeCard(newCardState(NOW), 3, NOW), 3, new Date(NOW.getTime() + 10 * MIN));
    expect(retrievability(newCardState(NOW), NOW)).toBe(0);
    const r1 = retrievability(s, new Date(NOW.getTime() + DAY));
    const r2 = retrievability(s, new Date(NOW.getTime() + 30 * DAY));
    expect(r1).toBeGreaterThan(r2);
    expect(r2).toBeGreaterThan(0);
  });

  it('replaying the logs rebuilds the same state, whatever order they are given in', () => {
    const times = [0, 600_000, 2 * DAY].map((t) => new Date(NOW.getTime() + t));
    let s = newCardState(NOW);
    const grades = [3, 2, 4] as const;
    times.forEach((t, i) => (s = gradeCard(s, grades[i]!, t)));
    const entries = times.map((t, i) => ({ rating: grades[i]!, review: t.toISOString() }));
    expect(replayLogs([...entries].reverse())).toEqual(s);
    expect(replayLogs([])).toBeNull();
  });

  it('clamps retention and rounds intervals for labels', () => {
    expect(clampRetention(2)).toBe(0.97);
    expect(clampRetention(Number.NaN)).toBe(0.9);
    expect(roundInterval(30_000)).toEqual({ n: 1, unit: 'minute' });
    expect(roundInterval(6 * 3_600_000)).toEqual({ n: 6, unit: 'hour' });
    expect(roundInterval(8 * DAY)).toEqual({ n: 8, unit: 'day' });
    expect(roundInterval(75 * DAY)).toEqual({ n: 2.5, unit: 'month' });
    expect(roundInterval(730 * DAY)).toEqual({ n: 2, unit: 'year' });
  });
});
