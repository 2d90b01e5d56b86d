import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DAY } from '@/lib/srs/scheduler';
import { buildQueue, DEFAULT_INCLUDE, EMPTY_SCOPE } from '@/lib/srs/queue';
import { countDueNow } from './due-count';
import { loadSnapshot, openQuizDb, recordReview, saveSettings, STORES } from './idb-store';
import { DEFAULT_SETTINGS } from './schema';

const T0 = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe('home due counter', () => {
  it('equals the due count of the queue /quiz/ starts with: bank cards only, interview mode included', async () => {
    const name = 'due-count-db';
    const db = await openQuizDb(name);
    for (const [key, grade] of [['a/1', 1], ['a/2', 4], ['gone/1', 1]] as const) await recordReview(db, key, grade, T0, 0.9);
    for (let i = 0, t = T0; i < 4; i++) t = new Date((await recordReview(db, 'a/3', 3, t, 0.9)).card.state.due);
    await db.put(STORES.cards, 'garbage', 'a/4');
    const bankKeys = ['a/1', 'a/2', 'a/3', 'a/4', 'b/1'];
    const quizDue = async (now: Date) => {
      const snap = await loadSnapshot(db);
      const states = new Map([...snap.cards].map(([k, r]) => [k, r.state]));
      const bank = bankKeys.map((key) => ({ key, note: key.split('/')[0]!, section: '', tags: [], level: '' }));
      return buildQueue(bank, states, { ...snap.settings, scope: EMPTY_SCOPE, include: DEFAULT_INCLUDE }, 0, now).counts.due;
    };
    const now = at(1);
    expect(await countDueNow(bankKeys, now, name)).toBe(1);
    expect(await countDueNow(bankKeys, now, name)).toBe(await quizDue(now));
    expect(await countDueNow([...bankKeys, 'gone/1'], now, name)).toBe(2);
    // Interview mode pulls a card forward: both counts follow.
    const later = at(30);
    const base = await countDueNow(bankKeys, later, name);
    await saveSettings(db, { ...DEFAULT_SETTINGS, interviewAt: at(31).toISOString(), interviewTarget: 0.99 });
    const interview = await countDueNow(bankKeys, later, name);
    expect(interview).toBeGreaterThan(base);
    expect(interview).toBe(await quizDue(later));
    db.close();
  });
});
