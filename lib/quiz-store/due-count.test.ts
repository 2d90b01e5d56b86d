import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countDue } from './due-count';
import { openQuizDb, recordReview, STORES } from './idb-store';

describe('home due counter', () => {
  it('counts cards due before the cut-off among existing notes and skips unreadable records', async () => {
    const db = await openQuizDb();
    const t = new Date('2026-03-01T08:00:00Z');
    await recordReview(db, 'a/1', 1, t, 0.9);
    await recordReview(db, 'a/2', 4, t, 0.9);
    await recordReview(db, 'gone/1', 1, t, 0.9);
    await db.put(STORES.cards, 'garbage', 'a/3');
    db.close();
    const cutoff = new Date('2026-03-02T00:00:00Z');
    expect(await countDue(new Set(['a']), cutoff)).toBe(1);
    expect(await countDue(new Set(['a', 'gone']), cutoff)).toBe(2);
  });
});
