import { describe, expect, it } from 'vitest';
import { gradeCard, newCardState } from '@/lib/srs/scheduler';
import type { Grade } from '@/lib/srs/types';
import { cardFromLogs, mergeImport } from './merge';
import { SCHEMA_VERSION, type CardRecord, type LogRecord } from './schema';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const H = 3_600_000;
const log = (id: string, key: string, rating: Grade, hours: number): LogRecord => ({ v: SCHEMA_VERSION, id, key, rating, review: new Date(T0 + hours * H).toISOString() });

/** One device's data as the app keeps it: logs plus each card's state graded review by review. */
function device(logs: LogRecord[]): { cards: Map<string, CardRecord>; logs: LogRecord[] } {
  const cards = new Map<string, CardRecord>();
  for (const l of [...logs].sort((a, b) => a.review.localeCompare(b.review))) {
    const prev = cards.get(l.key)?.state ?? newCardState(new Date(l.review));
    cards.set(l.key, { v: SCHEMA_VERSION, key: l.key, state: gradeCard(prev, l.rating, new Date(l.review), 0.9), updatedAt: l.review });
  }
  return { cards, logs };
}

/** Local data after importing `incoming` into it. */
function afterImport(local: ReturnType<typeof device>, incoming: ReturnType<typeof device>) {
  const m = mergeImport(local, { cards: [...incoming.cards.values()], logs: incoming.logs }, 0.9);
  const cards = new Map(local.cards);
  for (const c of m.cards) cards.set(c.key, c);
  return { cards, logs: [...local.logs, ...m.logs], report: m.report };
}

describe('merge: union of review logs, then replay', () => {
  // The scenario: the laptop reviews a card, later the phone reviews the same card.
  const laptop = () => device([log('L1', 'a/1', 3, 0)]);
  const phone = () => device([log('P1', 'a/1', 3, 48)]);

  it('two devices, same card: the card counts both reviews, in either import direction', () => {
    const both = [log('L1', 'a/1', 3, 0), log('P1', 'a/1', 3, 48)];
    const expected = cardFromLogs('a/1', both, 0.9)!;
    for (const [local, incoming] of [
      [laptop(), phone()],
      [phone(), laptop()],
    ] as const) {
      const merged = afterImport(local, incoming);
      expect(merged.report).toEqual({ reviewsAdded: 1, cardsChanged: ['a/1'] });
      expect(merged.cards.get('a/1')!.state.reps).toBe(2);
      expect(merged.cards.get('a/1')).toEqual(expected);
    }
  });

  it('two devices, different cards: each keeps its own card and gains the other', () => {
    const a = device([log('A1', 'a/1', 3, 0), log('A2', 'a/1', 1, 30)]);
    const b = device([log('B1', 'b/1', 4, 5)]);
    const merged = afterImport(a, b);
    expect(merged.report).toEqual({ reviewsAdded: 1, cardsChanged: ['b/1'] });
    expect(merged.cards.get('a/1')).toEqual(a.cards.get('a/1'));
    expect(merged.cards.get('b/1')).toEqual(b.cards.get('b/1'));
  });

  it('interleaved reviews of one card on two devices replay in time order', () => {
    const a = device([log('A1', 'a/1', 3, 0), log('A2', 'a/1', 3, 50)]);
    const b = device([log('B1', 'a/1', 1, 24), log('B2', 'a/1', 3, 80)]);
    const ab = afterImport(a, b).cards.get('a/1')!;
    const ba = afterImport(b, a).cards.get('a/1')!;
    expect(ab).toEqual(ba);
    expect(ab.state.reps).toBe(4);
    expect(ab.state.lapses).toBe(device([...a.logs, ...b.logs]).cards.get('a/1')!.state.lapses);
  });

  it('duplicate ids count once: re-importing changes nothing, duplicates inside a file are dropped', () => {
    const local = laptop();
    const incoming = phone();
    incoming.logs.push({ ...incoming.logs[0]! }, { ...local.logs[0]! });
    const first = afterImport(local, incoming);
    expect(first.report.reviewsAdded).toBe(1);
    expect(first.logs).toHaveLength(2);
    const again = afterImport(first, incoming);
    expect(again.report).toEqual({ reviewsAdded: 0, cardsChanged: [] });
  });

  it('recomputing from the log equals the state graded incrementally, review by review', () => {
    const grades: Grade[] = [3, 1, 3, 3, 2, 4, 1, 3];
    const hours = [0, 0.2, 0.5, 30, 100, 300, 1000, 1000.3];
    const logs = grades.map((g, i) => log(`x${i}`, 'a/1', g, hours[i]!));
    expect(cardFromLogs('a/1', logs, 0.9)).toEqual(device(logs).cards.get('a/1'));
    expect(cardFromLogs('a/1', [...logs].reverse(), 0.9)).toEqual(device(logs).cards.get('a/1'));
  });

  it('a card without any review log (first-version file) falls back to the newer state', () => {
    const legacy = (updatedAt: string, reps: number): CardRecord => ({ ...device([log('z', 'c/1', 3, 0)]).cards.get('c/1')!, updatedAt, state: { ...device([log('z', 'c/1', 3, 0)]).cards.get('c/1')!.state, reps } });
    const local = { cards: new Map([['c/1', legacy('2026-03-01T00:00:00.000Z', 1)]]), logs: [] };
    expect(mergeImport(local, { cards: [legacy('2026-03-05T00:00:00.000Z', 4)], logs: [] }, 0.9).report.cardsChanged).toEqual(['c/1']);
    expect(mergeImport(local, { cards: [legacy('2026-02-01T00:00:00.000Z', 4)], logs: [] }, 0.9).report.cardsChanged).toEqual([]);
  });
});
