import type { IDBPDatabase } from 'idb';

export const DB_NAME = 'mlprep-quiz';
/** IndexedDB structure version (object stores); record formats are versioned by `SCHEMA_VERSION`. */
export const DB_VERSION = 1;
// Keys are out-of-line so a corrupt value (a string, a truncated object) can still sit in a store and be found.
export const STORES = { cards: 'cards', logs: 'logs', meta: 'meta', quarantine: 'quarantine' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/**
 * Kept apart from the store logic so the home page's due counter can open the database cheaply.
 * One step per structure version: a new record kind adds `if (oldVersion < 2) db.createObjectStore(...)`
 * and bumps DB_VERSION; open older tabs are asked to reload (see `blocking` in `idb-store.ts`).
 */
export function upgradeDb(db: IDBPDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(STORES.cards);
    db.createObjectStore(STORES.logs).createIndex('key', 'key');
    db.createObjectStore(STORES.meta);
    db.createObjectStore(STORES.quarantine, { autoIncrement: true });
  }
}
