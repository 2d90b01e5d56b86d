import { recordExport } from '@/lib/offline/backup-reminder';

const EXPORTED = 'mlprep:exported';

/** Called after a progress export: remembers when, and tells the offline panel on this page. */
export function markExported(): void {
  recordExport(localStorage, Date.now());
  window.dispatchEvent(new Event(EXPORTED));
}

/** Subscribes to exports made on this page (for useSyncExternalStore with readLastExport). */
export function onExported(listener: () => void): () => void {
  window.addEventListener(EXPORTED, listener);
  return () => window.removeEventListener(EXPORTED, listener);
}
