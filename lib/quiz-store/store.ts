import { gradeCard, newCardState } from '@/lib/srs/scheduler';
import type { Grade } from '@/lib/srs/types';
import { openTabChannel, type ChangeMessage, type TabChannel } from './channel';
import { DB_NAME } from './db-schema';
import { getQuarantine, importFile, loadSnapshot, NewerDataError, openQuizDb, recordReview, saveSettings, type Problem, type QuarantineEntry, type QuizDb } from './idb-store';
import type { ImportReport } from './merge';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type CardRecord, type ExportFile, type LogRecord, type Settings } from './schema';
import { buildExport } from './transfer';

/**
 * Why this tab works in memory only (nothing it does is saved):
 * - unavailable: no IndexedDB (private mode, disabled storage);
 * - newer: a newer version of the site wrote the database or some of its records; they are left alone;
 * - superseded: a newer version opened the database in another tab, so this tab closed its connection.
 * `blocked` is not memory-only: this tab waits for an older tab to close.
 */
export type StoreIssue = 'unavailable' | 'newer' | 'superseded' | 'blocked';

export interface QuizState {
  ready: boolean;
  issue: StoreIssue | null;
  cards: ReadonlyMap<string, CardRecord>;
  logs: readonly LogRecord[];
  settings: Settings;
  problems: readonly Problem[];
  rebuilt: number;
  quarantined: number;
}

export const INITIAL_STATE: QuizState = { ready: false, issue: null, cards: new Map(), logs: [], settings: DEFAULT_SETTINGS, problems: [], rebuilt: 0, quarantined: 0 };

export interface StoreOptions {
  dbName?: string;
  channelName?: string;
  now?: () => Date;
}

/**
 * The learner's progress for one tab: loads once, then keeps an in-memory copy that its own saves and
 * other tabs' messages update in place. Shaped for React's `useSyncExternalStore` (subscribe +
 * immutable snapshots) but framework-free.
 */
export class QuizStore {
  private db: QuizDb | null = null;
  private state: QuizState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly logIds = new Set<string>();
  private readonly channel: TabChannel;
  private readonly now: () => Date;
  readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  readonly loaded: Promise<void>;

  constructor(readonly opts: StoreOptions = {}) {
    this.now = opts.now ?? (() => new Date());
    this.channel = openTabChannel(this.tabId, (m) => this.receive(m), opts.channelName);
    this.loaded = this.load();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QuizState => this.state;

  private set(patch: Partial<QuizState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private async load(): Promise<void> {
    try {
      this.db = await openQuizDb(this.opts.dbName ?? DB_NAME, {
        onBlocked: () => this.set({ issue: 'blocked' }),
        onVersionChange: () => this.toMemory('superseded'),
      });
    } catch (err) {
      return this.set({ ready: true, issue: (err as Error)?.name === 'VersionError' ? 'newer' : 'unavailable' });
    }
    try {
      const snap = await loadSnapshot(this.db);
      for (const l of snap.logs) this.logIds.add(l.id);
      if (snap.newer) this.toMemory('newer');
      this.set({
        ready: true,
        issue: snap.newer ? 'newer' : this.state.issue === 'blocked' ? null : this.state.issue,
        cards: snap.cards,
        logs: snap.logs,
        settings: snap.settings,
        problems: snap.problems,
        rebuilt: snap.rebuilt,
        quarantined: snap.quarantined,
      });
    } catch {
      this.toMemory('unavailable');
      this.set({ ready: true });
    }
  }

  /** Stops using the database for good in this tab; the learner keeps reviewing in memory. */
  private toMemory(issue: StoreIssue): void {
    this.db?.close();
    this.db = null;
    this.set({ issue });
  }

  /** True while grades are saved to the database. */
  get persistent(): boolean {
    return this.db !== null;
  }

  /** Saves a grade (resolves once stored) and updates this tab and the others in place. */
  async grade(key: string, rating: Grade, now = this.now()): Promise<CardRecord> {
    const retention = this.state.settings.retention;
    if (this.db) {
      try {
        const { card, log } = await recordReview(this.db, key, rating, now, retention);
        this.apply([card], [log]);
        this.channel.post({ from: this.tabId, kind: 'reviews', cards: [card], logs: [log] });
        return card;
      } catch (err) {
        if (!(err instanceof NewerDataError)) throw err;
        this.toMemory('newer');
      }
    }
    const prev = this.state.cards.get(key)?.state ?? newCardState(now);
    const card: CardRecord = { v: SCHEMA_VERSION, key, state: gradeCard(prev, rating, now, retention), updatedAt: now.toISOString() };
    this.apply([card], [{ v: SCHEMA_VERSION, id: `mem-${now.getTime()}-${key}`, key, rating, review: now.toISOString() }]);
    return card;
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.set({ settings });
    if (!this.db) return;
    try {
      await saveSettings(this.db, settings);
      this.channel.post({ from: this.tabId, kind: 'settings', settings });
    } catch (err) {
      if (!(err instanceof NewerDataError)) throw err;
      this.toMemory('newer');
    }
  }

  /** Merges a validated export file; throws when this tab cannot write (see `issue`). */
  async importFile(file: ExportFile): Promise<ImportReport> {
    if (!this.db) throw new Error('no database');
    try {
      const { report, cards, logs } = await importFile(this.db, file, this.state.settings.retention);
      this.apply(cards, logs);
      if (cards.length || logs.length) this.channel.post({ from: this.tabId, kind: 'reviews', cards, logs });
      return report;
    } catch (err) {
      if (err instanceof NewerDataError) this.toMemory('newer');
      throw err;
    }
  }

  /** Everything, in a stable order (cards by key, logs by id), so two exports of the same data are identical. */
  exportFile(now = this.now()): ExportFile {
    const byKey = (a: CardRecord, b: CardRecord) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const byId = (a: LogRecord, b: LogRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return buildExport([...this.state.cards.values()].sort(byKey), [...this.state.logs].sort(byId), now);
  }

  quarantine(): Promise<QuarantineEntry[]> {
    return this.db ? getQuarantine(this.db) : Promise.resolve([]);
  }

  dismissProblems(): void {
    this.set({ problems: [], rebuilt: 0 });
  }

  close(): void {
    this.channel.close();
    this.db?.close();
    this.db = null;
  }

  private receive(m: ChangeMessage): void {
    if (m.kind === 'settings') this.set({ settings: m.settings });
    else this.apply(m.cards, m.logs);
  }

  /** New cards and logs into the in-memory copy: one new Map and array per change, no database read. */
  private apply(cards: readonly CardRecord[], logs: readonly LogRecord[]): void {
    const fresh = logs.filter((l) => !this.logIds.has(l.id));
    for (const l of fresh) this.logIds.add(l.id);
    const next = new Map(this.state.cards);
    for (const c of cards) next.set(c.key, c);
    this.set({ cards: next, logs: fresh.length ? [...this.state.logs, ...fresh] : this.state.logs });
  }
}
