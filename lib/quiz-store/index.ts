/**
 * The quiz data layer, the one entry point for components: a per-tab `QuizStore` over IndexedDB.
 * Review logs are the source of truth; card states are a cache recomputed from them.
 *
 * Adding another record kind (e.g. practice attempts) that is saved, synced and exported with the quiz:
 * 1. `db-schema.ts`: a new object store in an `oldVersion < 2` step, DB_VERSION 2 (open old tabs get
 *    `blocking`, close and ask for a reload; nothing else changes for them).
 * 2. `schema.ts`: its zod record with `v`, an append-only id per event (like `LogRecord`), and an
 *    optional array in `exportFileSchema` so files without it still import.
 * 3. `idb-store.ts`: read it in `loadSnapshot`'s transaction through `readRecord` (corrupt → quarantine,
 *    newer version → left alone), write it in its own small read-write transaction, union it by id in
 *    `importFile` (see `mergeImport`).
 * 4. `store.ts`: a field in `QuizState`, a method that saves and then `apply`s + posts a `ChangeMessage`
 *    of a new `kind`, and the array in `exportFile`.
 */
import { QuizStore } from './store';

export { INITIAL_STATE, QuizStore, type QuizState, type StoreIssue } from './store';
export type { ImportReport } from './merge';
export type { Problem, QuarantineEntry } from './idb-store';
export type { CardRecord, ExportFile, LogRecord, Settings } from './schema';

let tabStore: QuizStore | null = null;

/** This tab's store, opened on first use (browser only: prerendering must never open one). */
export function quizStore(): QuizStore {
  if (typeof window === 'undefined') throw new Error('quizStore() is browser-only');
  tabStore ??= new QuizStore();
  return tabStore;
}
