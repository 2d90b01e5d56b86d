import { openDB, type IDBPDatabase } from 'idb';
import { gradeCard, newCardState } from '@/lib/srs/scheduler';
import type { Grade } from '@/lib/srs/types';
import { DB_NAME, DB_VERSION, STORES, upgradeDb, type StoreName } from './db-schema';
import { cardFromLogs, mergeImport, type ImportReport } from './merge';
import { readRecord, safeStringify, type ProblemReason, type ReadResult } from './records';
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
  /** Records written by a newer version of the site: left untouched, and nothing was repaired. */
  newer: number;
  /** Raw values moved aside by every recovery so far. */
  quarantined: number;
}

/** A record written by a newer version of the site stands where this tab would write. */
export class NewerDataError extends Error {
  constructor() {
    super('newer-version record');
    this.name = 'NewerDataError';
  }
}

export type QuizDb = IDBPDatabase;

function abortForNewer(tx: { done: Promise<void>; abort(): void }): never {
  tx.done.catch(() => {}); // the abort is the expected outcome, not an unhandled rejection
  tx.abort();
  throw new NewerDataError();
}

export interface OpenEvents {
  /** Another tab wants a newer database version: this connection must close (it is closed already). */
  onVersionChange?: () => void;
  /** This tab waits for older tabs to close their connection. */
  onBlocked?: () => void;
}

export async function openQuizDb(name = DB_NAME, events: OpenEvents = {}): Promise<QuizDb> {
  const db: QuizDb = await openDB(name, DB_VERSION, {
    upgrade: (d, oldVersion) => upgradeDb(d, oldVersion),
    blocked: () => events.onBlocked?.(),
    // Closing at once lets the newer tab upgrade instead of hanging on "loading".
    blocking: () => {
      db.close();
      events.onVersionChange?.();
    },
  });
  return db;
}

/**
 * Reads everything and repairs what it can in one read-write transaction, so no other tab can write
 * in between (a review saved meanwhile could otherwise be undone by the repair). Bad records are
 * moved aside (raw) into the quarantine store, old versions are migrated in place, and cards whose
 * record is unusable are rebuilt from their review logs. If any record comes from a newer version of
 * the site, nothing at all is written. Never throws on bad data.
 */
export async function loadSnapshot(db: QuizDb, retention = DEFAULT_SETTINGS.retention): Promise<Snapshot> {
  const tx = db.transaction([STORES.cards, STORES.logs, STORES.meta, STORES.quarantine], 'readwrite');
  const [cardIds, cardVals, logIds, logVals, rawSettings, quarantined] = await Promise.all([
    tx.objectStore(STORES.cards).getAllKeys(),
    tx.objectStore(STORES.cards).getAll(),
    tx.objectStore(STORES.logs).getAllKeys(),
    tx.objectStore(STORES.logs).getAll(),
    tx.objectStore(STORES.meta).get(SETTINGS_KEY),
    tx.objectStore(STORES.quarantine).count(),
  ]);
  const bad: (Problem & { raw: unknown })[] = [];
  const rewrite: CardRecord[] = [];
  const cards = new Map<string, CardRecord>();
  const newerKeys = new Set<string>();
  cardIds.forEach((id, i) => {
    const r = readRecord(cardVals[i], cardRecordSchema, true);
    if (r.ok && r.value.key === id) {
      cards.set(r.value.key, r.value);
      if (r.migrated) rewrite.push(r.value);
    } else if (!r.ok && r.reason === 'newer-version') newerKeys.add(String(id));
    else bad.push({ store: STORES.cards, id: String(id), reason: problemOf(r), raw: cardVals[i] });
  });
  const logs: LogRecord[] = [];
  logIds.forEach((id, i) => {
    const r = readRecord(logVals[i], logRecordSchema);
    if (r.ok && r.value.id === id) logs.push(r.value);
    else if (!r.ok && r.reason === 'newer-version') newerKeys.add(`log:${String(id)}`);
    else bad.push({ store: STORES.logs, id: String(id), reason: problemOf(r), raw: logVals[i] });
  });
  let settings = DEFAULT_SETTINGS;
  if (rawSettings !== undefined) {
    const r = readRecord(rawSettings, settingsSchema);
    if (r.ok) settings = { ...DEFAULT_SETTINGS, ...r.value };
    else if (r.reason === 'newer-version') newerKeys.add(SETTINGS_KEY);
    else bad.push({ store: STORES.meta, id: SETTINGS_KEY, reason: problemOf(r), raw: rawSettings });
  }
  const rebuilt = rebuildMissing(cards, logs, newerKeys, retention);
  const newer = newerKeys.size;
  if (!newer) {
    const at = new Date().toISOString();
    for (const b of bad) {
      const entry: QuarantineEntry = { store: b.store, id: b.id, reason: b.reason, raw: safeStringify(b.raw), at };
      void tx.objectStore(STORES.quarantine).add(entry);
      void tx.objectStore(b.store).delete(b.id);
    }
    for (const c of [...rewrite, ...rebuilt]) void tx.objectStore(STORES.cards).put(c, c.key);
  }
  await tx.done;
  return {
    cards,
    logs,
    settings,
    problems: newer ? [] : bad.map(({ store, id, reason }) => ({ store, id, reason })),
    rebuilt: newer ? 0 : rebuilt.length,
    newer,
    quarantined: quarantined + (newer ? 0 : bad.length),
  };
}

/** A record that read fine but sits under the wrong key counts as wrong types. */
function problemOf(r: ReadResult<unknown>): ProblemReason {
  return r.ok || r.reason === 'newer-version' ? 'wrong-types' : r.reason;
}

/** Cards with review logs but no usable record, rebuilt in memory (a card owned by a newer version is not). */
function rebuildMissing(cards: Map<string, CardRecord>, logs: LogRecord[], newerKeys: ReadonlySet<string>, retention: number): CardRecord[] {
  const byKey = new Map<string, LogRecord[]>();
  for (const l of logs) if (!cards.has(l.key) && !newerKeys.has(l.key)) byKey.set(l.key, [...(byKey.get(l.key) ?? []), l]);
  const out: CardRecord[] = [];
  for (const [key, entries] of byKey) {
    const record = cardFromLogs(key, entries, retention)!;
    cards.set(key, record);
    out.push(record);
  }
  return out;
}

export function getQuarantine(db: QuizDb): Promise<QuarantineEntry[]> {
  return db.getAll(STORES.quarantine) as Promise<QuarantineEntry[]>;
}

/** Saves the settings unless a newer version wrote them (then throws NewerDataError). */
export async function saveSettings(db: QuizDb, settings: Settings): Promise<void> {
  const tx = db.transaction(STORES.meta, 'readwrite');
  const current = readRecord(await tx.store.get(SETTINGS_KEY), settingsSchema);
  if (!current.ok && current.reason === 'newer-version') {
    abortForNewer(tx);
  }
  void tx.store.put(settingsSchema.parse(settings), SETTINGS_KEY);
  await tx.done;
}

/**
 * Saves one grade: the review log entry (the truth) and the card's cached state, in one transaction.
 * The state is the stored one graded once more (one read); only when the stored state is unusable
 * or older than this review's predecessor does it replay the card's own log. IndexedDB runs
 * overlapping read-write transactions one after another, so two tabs grading at once both land.
 * Throws NewerDataError, writing nothing, if a newer version of the site owns the card.
 */
export async function recordReview(db: QuizDb, key: string, grade: Grade, now: Date, retention: number, id = newId(now)): Promise<{ card: CardRecord; log: LogRecord }> {
  const tx = db.transaction([STORES.cards, STORES.logs], 'readwrite');
  const cardsStore = tx.objectStore(STORES.cards);
  const current = readRecord(await cardsStore.get(key), cardRecordSchema, true);
  const log: LogRecord = { v: SCHEMA_VERSION, id, key, rating: grade, review: now.toISOString() };
  let card: CardRecord | null;
  if (current.ok && (current.value.state.lastReview ?? '') <= log.review) {
    card = { v: SCHEMA_VERSION, key, state: gradeCard(current.value.state, grade, now, retention), updatedAt: log.review };
  } else {
    const prev = (await tx.objectStore(STORES.logs).index('key').getAll(key)).map((l) => readRecord(l, logRecordSchema));
    if ((!current.ok && current.reason === 'newer-version') || prev.some((r) => !r.ok && r.reason === 'newer-version')) {
      abortForNewer(tx);
    }
    const valid = prev.flatMap((r) => (r.ok ? [r.value] : []));
    card = valid.length ? cardFromLogs(key, [...valid, log], retention) : { v: SCHEMA_VERSION, key, state: gradeCard(newCardState(now), grade, now, retention), updatedAt: log.review };
  }
  void cardsStore.put(card!, key);
  void tx.objectStore(STORES.logs).put(log, id);
  await tx.done;
  return { card: card!, log };
}

/**
 * Imports a validated file in one transaction: logs are unioned by id and every card that gained a
 * review is recomputed from its complete log. Throws NewerDataError, writing nothing, if a record
 * it would replace was written by a newer version of the site.
 */
export async function importFile(db: QuizDb, file: ExportFile, retention: number): Promise<{ report: ImportReport; cards: CardRecord[]; logs: LogRecord[] }> {
  const tx = db.transaction([STORES.cards, STORES.logs], 'readwrite');
  const [ids, vals, logVals] = await Promise.all([tx.objectStore(STORES.cards).getAllKeys(), tx.objectStore(STORES.cards).getAll(), tx.objectStore(STORES.logs).getAll()]);
  const local = new Map<string, CardRecord>();
  const newer = new Set<string>();
  ids.forEach((id, i) => {
    const r = readRecord(vals[i], cardRecordSchema, true);
    if (r.ok) local.set(String(id), r.value);
    else if (r.reason === 'newer-version') newer.add(String(id));
  });
  const logs = logVals.flatMap((l) => {
    const r = readRecord(l, logRecordSchema);
    return r.ok ? [r.value] : [];
  });
  const merged = mergeImport({ cards: local, logs }, file, retention);
  if (merged.cards.some((c) => newer.has(c.key))) {
    abortForNewer(tx);
  }
  for (const c of merged.cards) void tx.objectStore(STORES.cards).put(c, c.key);
  for (const l of merged.logs) void tx.objectStore(STORES.logs).put(l, l.id);
  await tx.done;
  return merged;
}

/** Unique per review across tabs; randomUUID is missing on plain-http origins, hence the fallback. */
function newId(now: Date): string {
  const rand = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  return `${now.getTime().toString(36)}-${rand}`;
}
