/**
 * The quiz data layer, the one entry point for components: a per-tab `QuizStore` over IndexedDB.
 * Review logs are the source of truth; card states are a cache recomputed from them.
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
