import { openDB, type IDBPDatabase } from 'idb';
import { gradeCard, newCardState, replayLogs } from '@/lib/srs/scheduler';
import type { Grade } from '@/lib/srs/types';
import { DB_NAME, DB_VERSION, STORES, upgradeDb, type StoreName } from './db-schema';
import { mergeInto, type MergeReport } from './merge';
import { readRecord, safeStringify, type ProblemReason } from './records';
import { cardRecordSchema, DEFAULT_SETTINGS, logRecordSchema, SCHEMA_VERSION, settingsSchema, type CardRecord, type ExportFile, type LogRecord, type Settings } from './schema';

const SETTINGS_KEY = 'settings';

export { STORES };
export interface Problem {
  store: StoreName;
  id: string;
  reason: ProblemReason;
}
export interface QuarantineEntry extends Problem {
  raw: string;
  at: string;
}
export interface Snapshot {
  cards: Map<string, CardRecord>;
  logs: LogRecord[];
  settings: Settings;
  /** Problems found by this load; their raw values were moved to the quarantine store. */
  problems: Problem[];
  /** Card states rebuilt from their review logs because the card record itself was unusable. */
  rebuilt: number;
}

export type QuizDb = IDBPDatabase;

export function openQuizDb(name = DB_NAME): Promise<QuizDb> {
  return openDB(name, DB_VERSION, { upgrade: upgradeDb });
}

/**
 * Reads everything, recovering every valid record: bad ones are moved aside (raw) into the
 * quarantine store, old versions are migrated in place, and cards whose record is unusable are
 * rebuilt from their review logs. Never throws on bad data.
 */
export async function loadSnapshot(db: QuizDb, retention = DEFAULT_SETTINGS.retention): Promise<Snapshot> {
  const tx = db.transaction([STORES.cards, STORES.logs, STORES.meta], 'readonly');
  const [cardIds, cardVals, logIds, logVals, rawSettings] = await Promise.all([
    tx.objectStore(STORES.cards).getAllKeys(),
    tx.objectStore(STORES.cards).getAll(),
    tx.objectStore(STORES.logs).getAllKeys(),
    tx.objectStore(STORES.logs).getAll(),
    tx.objectStore(STORES.meta).get(SETTINGS_KEY),
  ]);
  const bad: (Problem & { raw: unknown })[] = [];
  const rewrite: CardRecord[] = [];
  const cards = new Map<string, CardRecord>();
  cardIds.forEach((id, i) => {
    const r = readRecord(cardVals[i], cardRecordSchema, true);
    if (r.ok && r.value.key === id) {
      cards.set(r.value.key, r.value);
      if (r.migrated) rewrite.push(r.value);
    } else bad.push({ store: STORES.cards, id: String(id), reason: r.ok ? 'wrong-types' : r.reason, raw: cardVals[i] });
  });
  const logs: LogRecord[] = [];
  logIds.forEach((id, i) => {
    const r = readRecord(logVals[i], logRecordSchema);
    if (r.ok && r.value.id === id) logs.push(r.value);
    else bad.push({ store: STORES.logs, id: String(id), reason: r.ok ? 'wrong-types' : r.reason, raw: logVals[i] });
  });
  let settings = DEFAULT_SETTINGS;
  if (rawSettings !== undefined) {
    const r = readRecord(rawSettings, settingsSchema);
    if (r.ok) settings = r.value;
    else bad.push({ store: STORES.meta, id: SETTINGS_KEY, reason: r.reason, raw: rawSettings });
  }

  const rebuilt = rebuildMissing(cards, logs, retention);
  rewrite.push(...rebuilt);
  if (bad.length || rewrite.length) await setAside(db, bad, rewrite);
  return { cards, logs, settings, problems: bad.map(({ store, id, reason }) => ({ store, id, reason })), rebuilt: rebuilt.length };
}

function rebuildMissing(cards: Map<string, CardRecord>, logs: LogRecord[], retention: number): CardRecord[] {
  const byKey = new Map<string, LogRecord[]>();
  for (const l of logs) if (!cards.has(l.key)) byKey.set(l.key, [...(byKey.get(l.key) ?? []), l]);
  const out: CardRecord[] = [];
  for (const [key, entries] of byKey) {
    const state = replayLogs(entries, retention)!;
    const record: CardRecord = { v: SCHEMA_VERSION, key, state, updatedAt: state.lastReview! };
    cards.set(key, record);
    out.push(record);
  }
  return out;
}

async function setAside(db: QuizDb, bad: (Problem & { raw: unknown })[], rewrite: CardRecord[]): Promise<void> {
  const tx = db.transaction([STORES.cards, STORES.logs, STORES.meta, STORES.quarantine], 'readwrite');
  const at = new Date().toISOString();
  for (const b of bad) {
    const entry: QuarantineEntry = { store: b.store, id: b.id, reason: b.reason, raw: safeStringify(b.raw), at };
    void tx.objectStore(STORES.quarantine).add(entry);
    void tx.objectStore(b.store).delete(b.id);
  }
  for (const c of rewrite) void tx.objectStore(STORES.cards).put(c, c.key);
  await tx.done;
}

export function getQuarantine(db: QuizDb): Promise<QuarantineEntry[]> {
  return db.getAll(STORES.quarantine) as Promise<QuarantineEntry[]>;
}

export function saveSettings(db: QuizDb, settings: Settings): Promise<IDBValidKey> {
  return db.put(STORES.meta, settingsSchema.parse(settings), SETTINGS_KEY);
}

/**
 * Saves one grade. The card is read and written in the same transaction, and IndexedDB runs
 * overlapping read-write transactions one after another, so two tabs grading at once both land:
 * each grade is applied to whatever the other tab stored, never to a stale copy.
 */
export async function recordReview(db: QuizDb, key: string, grade: Grade, now: Date, retention: number, id = newId(now)): Promise<CardRecord> {
  const tx = db.transaction([STORES.cards, STORES.logs], 'readwrite');
  const cardsStore = tx.objectStore(STORES.cards);
  const [raw, prevLogs] = await Promise.all([cardsStore.get(key), tx.objectStore(STORES.logs).index('key').getAll(key)]);
  const current = readRecord(raw, cardRecordSchema, true);
  const validLogs = prevLogs.flatMap((l) => {
    const r = readRecord(l, logRecordSchema);
    return r.ok ? [r.value] : [];
  });
  const base = current.ok ? current.value.state : (replayLogs(validLogs, retention) ?? newCardState(now));
  const record: CardRecord = { v: SCHEMA_VERSION, key, state: gradeCard(base, grade, now, retention), updatedAt: now.toISOString() };
  const log: LogRecord = { v: SCHEMA_VERSION, id, key, rating: grade, review: now.toISOString() };
  void cardsStore.put(record, key);
  void tx.objectStore(STORES.logs).put(log, id);
  await tx.done;
  return record;
}

/** Merges a validated import file (newer state of each card wins, logs unioned) in one transaction. */
export async function importFile(db: QuizDb, file: ExportFile): Promise<MergeReport> {
  const tx = db.transaction([STORES.cards, STORES.logs], 'readwrite');
  const [ids, vals, logIds] = await Promise.all([
    tx.objectStore(STORES.cards).getAllKeys(),
    tx.objectStore(STORES.cards).getAll(),
    tx.objectStore(STORES.logs).getAllKeys(),
  ]);
  const local = new Map<string, CardRecord>();
  ids.forEach((id, i) => {
    const r = readRecord(vals[i], cardRecordSchema, true);
    if (r.ok) local.set(String(id), r.value);
  });
  const merged = mergeInto({ cards: local, logIds: new Set(logIds.map(String)) }, file);
  for (const c of merged.cards) void tx.objectStore(STORES.cards).put(c, c.key);
  for (const l of merged.logs) void tx.objectStore(STORES.logs).put(l, l.id);
  await tx.done;
  return merged.report;
}

/** Unique per review across tabs; randomUUID is missing on plain-http origins, hence the fallback. */
function newId(now: Date): string {
  const rand = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  return `${now.getTime().toString(36)}-${rand}`;
}
