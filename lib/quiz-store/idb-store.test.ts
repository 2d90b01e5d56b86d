import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { gradeCard, newCardState } from '@/lib/srs/scheduler';
import { getQuarantine, importFile, loadSnapshot, NewerDataError, openQuizDb, recordReview, saveSettings, STORES } from './idb-store';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from './schema';
import { buildExport } from './transfer';

const T0 = new Date('2026-03-01T08:00:00Z');
const later = (min: number) => new Date(T0.getTime() + min * 60_000);
let n = 0;
const freshName = () => `test-db-${++n}`;

describe('IndexedDB store', () => {
  it('starts empty with default settings and keeps reviews and settings across reopen', async () => {
    const name = freshName();
    const db = await openQuizDb(name);
    expect(await loadSnapshot(db)).toMatchObject({ cards: new Map(), logs: [], settings: DEFAULT_SETTINGS, problems: [] });
    await recordReview(db, 'a/1', 3, T0, 0.9, 'log-1');
    await saveSettings(db, { ...DEFAULT_SETTINGS, retention: 0.85 });
    db.close();
    const again = await loadSnapshot(await openQuizDb(name));
    expect(again.cards.get('a/1')!.state).toEqual(gradeCard(newCardState(T0), 3, T0));
    expect(again.settings.interviewTarget).toBe(DEFAULT_SETTINGS.interviewTarget);
    expect(again.logs).toEqual([{ v: SCHEMA_VERSION, id: 'log-1', key: 'a/1', rating: 3, review: T0.toISOString() }]);
    expect(again.settings.retention).toBe(0.85);
  });

  it('two tabs grading the same card at once both land: neither review is overwritten', async () => {
    const name = freshName();
    const [tabA, tabB] = await Promise.all([openQuizDb(name), openQuizDb(name)]);
    await Promise.all([recordReview(tabA, 'a/1', 3, T0, 0.9, 'A'), recordReview(tabB, 'a/1', 1, later(1), 0.9, 'B'), recordReview(tabB, 'b/1', 4, later(1), 0.9, 'C')]);
    const snap = await loadSnapshot(tabA);
    expect(snap.logs.map((l) => l.id).sort()).toEqual(['A', 'B', 'C']);
    expect(snap.cards.get('a/1')!.state.reps).toBe(2);
    expect(snap.cards.get('b/1')!.state.reps).toBe(1);
  });

  it('recovers from every kind of corrupt record: reports it, keeps the raw value aside, keeps all valid data', async () => {
    const name = freshName();
    const db = await openQuizDb(name);
    await recordReview(db, 'good/1', 3, T0, 0.9, 'g1');
    await recordReview(db, 'lost/1', 3, T0, 0.9, 'l1');
    await recordReview(db, 'lost/1', 3, later(10), 0.9, 'l2');
    const expectedLost = (await loadSnapshot(db)).cards.get('lost/1')!.state;
    await db.put(STORES.cards, '{"v":2,"key":"lost/1","sta', 'lost/1');
    await db.put(STORES.cards, { v: 2, key: 'typed/1', state: { ...expectedLost, reps: 'many' }, updatedAt: T0.toISOString() }, 'typed/1');
    await db.put(STORES.cards, { v: 2, key: 'cut/1' }, 'cut/1');
    await db.put(STORES.logs, 12345, 'bad-log');
    await db.put(STORES.meta, { v: 2, retention: 'high' }, 'settings');

    const snap = await loadSnapshot(db);
    expect(snap.problems.map((p) => `${p.store}:${p.id}:${p.reason}`).sort()).toEqual([
      'cards:cut/1:truncated',
      'cards:lost/1:invalid-json',
      'cards:typed/1:wrong-types',
      'logs:bad-log:not-object',
      'meta:settings:truncated',
    ]);
    expect(snap.cards.get('good/1')!.state.reps).toBe(1);
    expect(snap.cards.get('lost/1')!.state).toEqual(expectedLost);
    expect(snap.rebuilt).toBe(1);
    expect(snap.quarantined).toBe(5);
    expect(snap.settings).toEqual(DEFAULT_SETTINGS);
    const aside = await getQuarantine(db);
    expect(aside).toHaveLength(5);
    expect(aside.find((q) => q.id === 'lost/1')!.raw).toBe(JSON.stringify('{"v":2,"key":"lost/1","sta'));

    const second = await loadSnapshot(db);
    expect(second.problems).toEqual([]);
    expect([...second.cards.keys()].sort()).toEqual(['good/1', 'lost/1']);
  });

  it('migrates a version-1 record in place', async () => {
    const db = await openQuizDb(freshName());
    const s = gradeCard(newCardState(T0), 3, T0);
    const v1 = { id: 'a/1', card: { due: s.due, stability: s.stability, difficulty: s.difficulty, elapsed_days: 0, scheduled_days: 0, learning_steps: 1, reps: 1, lapses: 0, state: 1, last_review: s.lastReview } };
    await db.put(STORES.cards, v1, 'a/1');
    expect((await loadSnapshot(db)).cards.get('a/1')!.state).toEqual(s);
    expect(await db.get(STORES.cards, 'a/1')).toMatchObject({ v: SCHEMA_VERSION, key: 'a/1', updatedAt: s.lastReview });
  });

  it('records written by a newer version are left exactly as they are, and nothing else is repaired', async () => {
    const db = await openQuizDb(freshName());
    await recordReview(db, 'a/1', 3, T0, 0.9, 'a1');
    const future = { v: 3, key: 'f/1', state: { shape: 'from the future' } };
    const futureLog = { v: 3, id: 'f-log', key: 'f/1', rating: 9 };
    await db.put(STORES.cards, future, 'f/1');
    await db.put(STORES.logs, futureLog, 'f-log');
    await db.put(STORES.cards, 'garbage', 'g/1');
    const snap = await loadSnapshot(db);
    expect(snap.newer).toBe(2);
    expect(snap.problems).toEqual([]);
    expect(snap.cards.get('a/1')!.state.reps).toBe(1);
    expect(await db.get(STORES.cards, 'f/1')).toEqual(future);
    expect(await db.get(STORES.logs, 'f-log')).toEqual(futureLog);
    expect(await db.get(STORES.cards, 'g/1')).toBe('garbage');
    expect(await getQuarantine(db)).toEqual([]);
    await expect(recordReview(db, 'f/1', 3, later(5), 0.9)).rejects.toBeInstanceOf(NewerDataError);
    expect(await db.get(STORES.cards, 'f/1')).toEqual(future);
    expect(await db.count(STORES.logs)).toBe(2);
    const file = buildExport([], [{ v: SCHEMA_VERSION, id: 'x', key: 'f/1', rating: 3, review: later(9).toISOString() }], later(10));
    await expect(importFile(db, file, 0.9)).rejects.toBeInstanceOf(NewerDataError);
    expect(await db.count(STORES.logs)).toBe(2);
    await db.put(STORES.meta, { v: 3, anything: true }, 'settings');
    await expect(saveSettings(db, DEFAULT_SETTINGS)).rejects.toBeInstanceOf(NewerDataError);
    expect(await db.get(STORES.meta, 'settings')).toEqual({ v: 3, anything: true });
  });

  it('imports by merging logs: a review from each device survives, the report names changed cards', async () => {
    const src = await openQuizDb(freshName());
    await recordReview(src, 'a/1', 3, later(3000), 0.9, 'x1');
    await recordReview(src, 'b/1', 3, T0, 0.9, 'x2');
    const exported = await loadSnapshot(src);
    const file = buildExport([...exported.cards.values()], exported.logs, later(4000));

    const dst = await openQuizDb(freshName());
    await recordReview(dst, 'a/1', 3, T0, 0.9, 'y1');
    expect((await importFile(dst, file, 0.9)).report).toEqual({ reviewsAdded: 2, cardsChanged: ['a/1', 'b/1'] });
    const snap = await loadSnapshot(dst);
    expect(snap.cards.get('a/1')!.state.reps).toBe(2);
    expect(snap.cards.get('a/1')!.updatedAt).toBe(later(3000).toISOString());
    expect(snap.logs).toHaveLength(3);
    expect((await importFile(dst, file, 0.9)).report).toEqual({ reviewsAdded: 0, cardsChanged: [] });
  });

  it('a grade after an out-of-order review (another device, clock behind) replays the log', async () => {
    const db = await openQuizDb(freshName());
    await recordReview(db, 'a/1', 3, later(600), 0.9, 'b');
    const { card } = await recordReview(db, 'a/1', 1, later(0), 0.9, 'a');
    expect(card.state).toEqual(gradeCard(gradeCard(newCardState(T0), 1, T0), 3, later(600)));
  });
});
