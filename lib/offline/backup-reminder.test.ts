import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_DAYS, needsBackupReminder, readLastExport, recordExport } from './backup-reminder';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 2, 12);

describe('needsBackupReminder', () => {
  it('reminds when a review older than the limit was never exported and storage is not persisted', () => {
    const old = now - (BACKUP_REMINDER_DAYS + 1) * DAY;
    expect(needsBackupReminder({ lastExport: null, reviewTimes: [old], persisted: false, now })).toBe(true);
  });

  it('stays quiet while every un-exported review is younger than the limit', () => {
    const recent = now - (BACKUP_REMINDER_DAYS - 1) * DAY;
    expect(needsBackupReminder({ lastExport: null, reviewTimes: [recent], persisted: false, now })).toBe(false);
  });

  it('ignores reviews made before the last export', () => {
    const review = now - 30 * DAY;
    const exported = now - 20 * DAY;
    expect(needsBackupReminder({ lastExport: exported, reviewTimes: [review], persisted: false, now })).toBe(false);
    expect(needsBackupReminder({ lastExport: exported, reviewTimes: [review, now - 15 * DAY], persisted: false, now })).toBe(true);
  });

  it('never reminds when storage is persisted or there are no reviews', () => {
    expect(needsBackupReminder({ lastExport: null, reviewTimes: [now - 90 * DAY], persisted: true, now })).toBe(false);
    expect(needsBackupReminder({ lastExport: null, reviewTimes: [], persisted: false, now })).toBe(false);
  });
});

describe('last export record', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };

  it('round-trips the time and treats garbage as never exported', () => {
    const s = store();
    expect(readLastExport(s)).toBeNull();
    recordExport(s, now);
    expect(readLastExport(s)).toBe(now);
    s.m.set('mlprep:last-export', 'not a number');
    expect(readLastExport(s)).toBeNull();
    s.m.set('mlprep:last-export', '-5');
    expect(readLastExport(s)).toBeNull();
  });
});
