import { describe, expect, it } from 'vitest';
import { buildQueue, EMPTY_SCOPE, inScope, isWeak, pickRandom, type CardMeta, type SessionOptions } from './queue';
import { DAY, gradeCard, newCardState } from './scheduler';
import type { CardState } from './types';

const NOW = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const bank: CardMeta[] = [
  { key: 'a/1', note: 'a', section: 's1', tags: ['x'], level: 'E' },
  { key: 'a/2', note: 'a', section: 's1', tags: ['x', 'y'], level: 'M' },
  { key: 'b/1', note: 'b', section: 's2', tags: ['y'], level: 'H' },
  { key: 'b/2', note: 'b', section: 's2', tags: ['z'], level: 'E' },
];
const opts = (o: Partial<SessionOptions> = {}): SessionOptions => ({
  scope: EMPTY_SCOPE,
  include: { due: true, new: true, weak: true },
  size: 20,
  newLimit: 20,
  retention: 0.9,
  interviewAt: null,
  interviewTarget: 0.95,
  ...o,
});

function reviewed(grade: 1 | 3, dueInDays: number): CardState {
  const s = gradeCard(gradeCard(newCardState(at(-10)), grade, at(-10)), 3, at(-9.9));
  return { ...s, due: at(dueInDays).toISOString() };
}

describe('queue', () => {
  it('filters by section, note, tags and level (AND across, OR within)', () => {
    expect(bank.filter((c) => inScope(c, { ...EMPTY_SCOPE, tags: ['y'] })).map((c) => c.key)).toEqual(['a/2', 'b/1']);
    expect(bank.filter((c) => inScope(c, { ...EMPTY_SCOPE, sections: ['s2'], levels: ['E'] })).map((c) => c.key)).toEqual(['b/2']);
    expect(bank.filter((c) => inScope(c, { ...EMPTY_SCOPE, notes: ['a', 'b'] }))).toHaveLength(4);
  });

  it('puts due cards first, then weak, then new, honours the session size, and skips cards of removed notes', () => {
    const states = new Map([
      ['a/1', reviewed(3, -1)],
      ['b/1', { ...reviewed(1, 30) }],
      ['removed-note/1', reviewed(3, -5)],
    ]);
    const q = buildQueue(bank, states, opts(), 0, NOW);
    expect(q.keys).toEqual(['a/1', 'b/1', 'a/2', 'b/2']);
    expect(q.counts).toEqual({ due: 1, new: 2, weak: 1 });
    expect(buildQueue(bank, states, opts({ size: 2 }), 0, NOW).keys).toEqual(['a/1', 'b/1']);
    expect(buildQueue(bank, states, opts({ include: { due: false, new: true, weak: false } }), 0, NOW).keys).toEqual(['a/2', 'b/2']);
  });

  it('limits new cards by what is left of the daily limit', () => {
    expect(buildQueue(bank, new Map(), opts({ newLimit: 3 }), 2, NOW).keys).toEqual(['a/1']);
    expect(buildQueue(bank, new Map(), opts({ newLimit: 3 }), 5, NOW).keys).toEqual([]);
  });

  it('in interview mode, a card whose interview-day recall is below the target becomes due, and more new cards are allowed', () => {
    // A real history: learned, then Good at its due dates; its next FSRS due is weeks away.
    let s = newCardState(at(-30));
    for (let i = 0, t = at(-30); i < 4; i++, t = new Date(s.due)) s = gradeCard(s, 3, t);
    const last = Date.parse(s.lastReview!);
    const now = new Date(last + 3 * DAY);
    const interview = new Date(last + (Date.parse(s.due) - last) * 0.7);
    const states = new Map([['a/1', s]]);
    const dueOnly = { include: { due: true, new: false, weak: false } };
    expect(buildQueue(bank, states, opts(dueOnly), 0, now).keys).toEqual([]);
    expect(buildQueue(bank, states, opts({ ...dueOnly, interviewAt: interview.toISOString(), interviewTarget: 0.9 }), 0, now).keys).toEqual([]);
    const late = new Date(interview.getTime() - 0.5 * DAY);
    expect(buildQueue(bank, states, opts({ ...dueOnly, interviewAt: interview.toISOString(), interviewTarget: 0.97 }), 0, late).keys).toEqual(['a/1']);
    const fresh = buildQueue(bank, new Map(), opts({ interviewAt: at(2).toISOString(), newLimit: 1 }), 0, NOW);
    expect(fresh.keys).toHaveLength(4);
  });

  it('a lapsed card is weak while relearning and leaves the group once it is recalled again', () => {
    let s = newCardState(at(-20));
    for (let i = 0, t = at(-20); i < 4; i++, t = new Date(s.due)) s = gradeCard(s, 3, t);
    const lapseAt = new Date(s.due);
    s = gradeCard(s, 1, lapseAt);
    expect(s.state).toBe(3);
    expect(isWeak(s, lapseAt)).toBe(true);
    const recovered = gradeCard(s, 3, new Date(s.due));
    expect(recovered.lapses).toBe(1);
    expect(isWeak(recovered, new Date(recovered.lastReview!))).toBe(false);
    expect(isWeak(recovered, new Date(Date.parse(recovered.lastReview!) + 365 * DAY))).toBe(true);
  });

  it('picks distinct random cards with an injected random source', () => {
    const keys = bank.map((c) => c.key);
    const picked = pickRandom(keys, 3, () => 0.5);
    expect(new Set(picked).size).toBe(3);
    expect(picked).toEqual(pickRandom(keys, 3, () => 0.5));
    expect(pickRandom(keys, 10, Math.random)).toHaveLength(4);
  });
});
