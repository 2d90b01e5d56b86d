import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, STORES, upgradeDb } from './db-schema';

/**
 * Cards due before `until` among notes that still exist, read straight from IndexedDB without the
 * scheduler or validation code, so the home page stays light. Unreadable records are skipped here;
 * the quiz page reports and recovers them.
 */
export async function countDue(noteSlugs: ReadonlySet<string>, until: Date): Promise<number> {
  const db = await openDB(DB_NAME, DB_VERSION, { upgrade: upgradeDb });
  try {
    const [keys, values] = await Promise.all([db.getAllKeys(STORES.cards), db.getAll(STORES.cards)]);
    return keys.filter((k, i) => {
      const due = (values[i] as { state?: { due?: unknown } } | null)?.state?.due;
      return noteSlugs.has(String(k).split('/')[0]!) && typeof due === 'string' && Date.parse(due) < until.getTime();
    }).length;
  } finally {
    db.close();
  }
}
