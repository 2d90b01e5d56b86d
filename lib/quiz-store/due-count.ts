import { buildQueue, DEFAULT_INCLUDE, EMPTY_SCOPE, type CardMeta } from '@/lib/srs/queue';
import type { CardState } from '@/lib/srs/types';
import { DB_NAME, STORES } from './db-schema';
import { openQuizDb } from './idb-store';
import { readRecord } from './records';
import { cardRecordSchema, DEFAULT_SETTINGS, settingsSchema } from './schema';

/**
 * The number of due cards `/quiz/` would start with at `now`: the same queue rule (cards of the
 * current bank only, interview-date mode included), read from IndexedDB without repairing anything.
 * The home page loads this module only after it has rendered.
 */
export async function countDueNow(bankKeys: readonly string[], now: Date, dbName = DB_NAME): Promise<number> {
  const db = await openQuizDb(dbName);
  try {
    const tx = db.transaction([STORES.cards, STORES.meta]);
    const [values, rawSettings] = await Promise.all([tx.objectStore(STORES.cards).getAll(), tx.objectStore(STORES.meta).get('settings')]);
    const states = new Map<string, CardState>();
    for (const v of values) {
      const r = readRecord(v, cardRecordSchema, true);
      if (r.ok) states.set(r.value.key, r.value.state);
    }
    const s = readRecord(rawSettings, settingsSchema);
    const settings = { ...DEFAULT_SETTINGS, ...(s.ok ? s.value : {}) };
    const bank: CardMeta[] = bankKeys.map((key) => ({ key, note: key.split('/')[0]!, section: '', tags: [], level: '' }));
    return buildQueue(bank, states, { ...settings, scope: EMPTY_SCOPE, include: DEFAULT_INCLUDE }, 0, now).counts.due;
  } finally {
    db.close();
  }
}
