/** Days a review may stay un-exported before the learner is reminded (when storage is not persisted). */
export const BACKUP_REMINDER_DAYS = 14;
const DAY = 86_400_000;

export interface BackupState {
  /** Epoch ms of the last export, or null if never exported. */
  lastExport: number | null;
  /** Epoch ms of every review in the log (any order). */
  reviewTimes: readonly number[];
  /** Whether the browser promised to keep the site's storage (navigator.storage.persisted()). */
  persisted: boolean;
  now: number;
}

/**
 * Remind only when losing the browser's data would lose learning: storage is not persisted and
 * some review made after the last export is already `BACKUP_REMINDER_DAYS` old.
 */
export function needsBackupReminder({ lastExport, reviewTimes, persisted, now }: BackupState): boolean {
  if (persisted) return false;
  const since = lastExport ?? Number.NEGATIVE_INFINITY;
  return reviewTimes.some((t) => t > since && now - t >= BACKUP_REMINDER_DAYS * DAY);
}

const LAST_EXPORT_KEY = 'mlprep:last-export';

/** Reads the last export time; anything unreadable counts as "never" (it only drives a reminder). */
export function readLastExport(storage: Pick<Storage, 'getItem'>): number | null {
  const n = Number(storage.getItem(LAST_EXPORT_KEY));
  return storage.getItem(LAST_EXPORT_KEY) !== null && Number.isFinite(n) && n > 0 ? n : null;
}

export function recordExport(storage: Pick<Storage, 'setItem'>, now: number): void {
  storage.setItem(LAST_EXPORT_KEY, String(now));
}
