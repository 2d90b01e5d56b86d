import { useCallback, useEffect, useRef, useState } from 'react';
import { BANK_URL, type QuizBank } from '@/lib/quiz-bank';
import { notifyChange, subscribeChanges } from '@/lib/quiz-store/channel';
import { importFile, loadSnapshot, openQuizDb, recordReview, saveSettings, type Problem, type QuizDb } from '@/lib/quiz-store/idb-store';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type CardRecord, type ExportFile, type LogRecord, type Settings } from '@/lib/quiz-store/schema';
import { gradeCard, newCardState } from '@/lib/srs/scheduler';
import type { Grade } from '@/lib/srs/types';
import { requestPersistence } from './persistence';

export type DbIssue = 'unavailable' | 'newer' | null;

export interface QuizData {
  bank: QuizBank | null;
  bankError: boolean;
  dbIssue: DbIssue;
  cards: ReadonlyMap<string, CardRecord>;
  logs: LogRecord[];
  settings: Settings;
  problems: Problem[];
  rebuilt: number;
}

const INITIAL: QuizData = { bank: null, bankError: false, dbIssue: null, cards: new Map(), logs: [], settings: DEFAULT_SETTINGS, problems: [], rebuilt: 0 };

/**
 * The card bank plus the learner's stored progress, kept in sync with other tabs. Without a usable
 * IndexedDB the quiz still works for the session, in memory only, and says so.
 */
export function useQuizData() {
  const [data, setData] = useState<QuizData>(INITIAL);
  const dbRef = useRef<QuizDb | null>(null);
  const cardsRef = useRef(data.cards);
  useEffect(() => {
    cardsRef.current = data.cards;
  }, [data.cards]);
  const askedPersist = useRef(false);

  const reload = useCallback(async () => {
    const db = dbRef.current;
    if (!db) return;
    const snap = await loadSnapshot(db);
    setData((d) => ({ ...d, cards: snap.cards, logs: snap.logs, settings: snap.settings, problems: [...d.problems, ...snap.problems], rebuilt: d.rebuilt + snap.rebuilt }));
  }, []);

  useEffect(() => {
    let cancelled = false;
    const bankPromise = fetch(BANK_URL).then((r) => (r.ok ? (r.json() as Promise<QuizBank>) : Promise.reject(new Error(String(r.status)))));
    (async () => {
      let dbIssue: DbIssue = null;
      try {
        dbRef.current = await openQuizDb();
      } catch (err) {
        dbIssue = (err as Error)?.name === 'VersionError' ? 'newer' : 'unavailable';
      }
      const snap = dbRef.current ? await loadSnapshot(dbRef.current) : null;
      const bank = await bankPromise.catch(() => null);
      if (cancelled) return;
      setData({ ...INITIAL, ...(snap && { cards: snap.cards, logs: snap.logs, settings: snap.settings, problems: snap.problems, rebuilt: snap.rebuilt }), bank, bankError: !bank, dbIssue });
    })();
    const unsubscribe = subscribeChanges(() => void reload());
    return () => {
      cancelled = true;
      unsubscribe();
      dbRef.current?.close();
      dbRef.current = null;
    };
  }, [reload]);

  /** Saves a grade (resolves once it is stored) and updates the in-page state. */
  const grade = useCallback(async (key: string, rating: Grade, retention: number): Promise<CardRecord> => {
    const now = new Date();
    const db = dbRef.current;
    let record: CardRecord;
    if (db) record = await recordReview(db, key, rating, now, retention);
    else {
      const prev = cardsRef.current.get(key)?.state ?? newCardState(now);
      record = { v: SCHEMA_VERSION, key, state: gradeCard(prev, rating, now, retention), updatedAt: now.toISOString() };
    }
    const log: LogRecord = { v: SCHEMA_VERSION, id: `${now.getTime()}-${key}`, key, rating, review: now.toISOString() };
    setData((d) => ({ ...d, cards: new Map(d.cards).set(key, record), logs: [...d.logs, log] }));
    if (db) notifyChange();
    if (db && !askedPersist.current) {
      askedPersist.current = true;
      void requestPersistence();
    }
    return record;
  }, []);

  const updateSettings = useCallback(async (settings: Settings) => {
    setData((d) => ({ ...d, settings }));
    if (dbRef.current) {
      await saveSettings(dbRef.current, settings);
      notifyChange();
    }
  }, []);

  const importData = useCallback(async (file: ExportFile) => {
    if (!dbRef.current) throw new Error('no database');
    const report = await importFile(dbRef.current, file);
    await reload();
    notifyChange();
    return report;
  }, [reload]);

  const dismissProblems = useCallback(() => setData((d) => ({ ...d, problems: [], rebuilt: 0 })), []);

  return { data, grade, updateSettings, importData, dismissProblems, db: dbRef };
}
