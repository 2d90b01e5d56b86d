import { mergeProgress, nextProgress, sanitizeProgress, type ProgressMap, type RunOutcome } from './progress';

// Practice state in localStorage, behind a small API so it can later move into the quiz store
// (and its export/import) without touching the pages: drafts per problem, and one progress map.
const DRAFT_PREFIX = 'mlprep:practice:draft:';
const PROGRESS_KEY = 'mlprep:practice:progress';

/** What an export holds; `importPractice` accepts the same shape. */
export interface PracticeExport {
  version: 1;
  progress: ProgressMap;
  drafts: Record<string, string>;
}

export interface PracticeStore {
  /** False when the browser refuses storage (private mode, quota): state lives only until the tab closes. */
  readonly persistent: boolean;
  loadDraft(slug: string): string | null;
  saveDraft(slug: string, code: string): void;
  clearDraft(slug: string): void;
  getProgress(): ProgressMap;
  recordRun(slug: string, outcome: RunOutcome, now?: Date): void;
  exportPractice(): PracticeExport;
  importPractice(data: unknown): void;
  /** Calls `listener` after any change here or in another tab; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store over any Web Storage (tests pass an in-memory one). */
export function createPracticeStore(storage: Storage | undefined): PracticeStore {
  const memory = new Map<string, string>();
  let persistent = Boolean(storage);
  const listeners = new Set<() => void>();
  let progressCache: ProgressMap | undefined;

  const read = (key: string): string | null => {
    if (persistent) {
      try {
        return storage!.getItem(key);
      } catch {
        persistent = false;
      }
    }
    return memory.get(key) ?? null;
  };
  const write = (key: string, value: string | null) => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    if (!persistent) return;
    try {
      if (value === null) storage!.removeItem(key);
      else storage!.setItem(key, value);
    } catch {
      persistent = false;
    }
  };
  const changed = () => {
    progressCache = undefined;
    for (const l of listeners) l();
  };
  const getProgress = (): ProgressMap => {
    if (!progressCache) {
      try {
        progressCache = sanitizeProgress(JSON.parse(read(PROGRESS_KEY) ?? '{}'));
      } catch {
        progressCache = {};
      }
    }
    return progressCache;
  };
  const setProgress = (p: ProgressMap) => {
    write(PROGRESS_KEY, JSON.stringify(p));
    changed();
  };

  return {
    get persistent() {
      return persistent;
    },
    loadDraft: (slug) => read(DRAFT_PREFIX + slug),
    saveDraft: (slug, code) => write(DRAFT_PREFIX + slug, code),
    clearDraft: (slug) => write(DRAFT_PREFIX + slug, null),
    getProgress,
    recordRun(slug, outcome, now = new Date()) {
      const all = getProgress();
      setProgress({ ...all, [slug]: nextProgress(all[slug], outcome, now) });
    },
    exportPractice() {
      const drafts: Record<string, string> = {};
      const keys = persistent ? Array.from({ length: storage!.length }, (_, i) => storage!.key(i)) : [...memory.keys()];
      for (const key of keys) if (key?.startsWith(DRAFT_PREFIX)) drafts[key.slice(DRAFT_PREFIX.length)] = read(key) ?? '';
      return { version: 1, progress: getProgress(), drafts };
    },
    importPractice(data) {
      const d = (data ?? {}) as Partial<PracticeExport>;
      if (d.drafts && typeof d.drafts === 'object') {
        // A draft already here is the learner's latest work; an import never overwrites it.
        for (const [slug, code] of Object.entries(d.drafts)) if (typeof code === 'string' && read(DRAFT_PREFIX + slug) === null) write(DRAFT_PREFIX + slug, code);
      }
      setProgress(mergeProgress(getProgress(), sanitizeProgress(d.progress)));
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => {
        if (e.key === PROGRESS_KEY) changed();
      };
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

let browserStore: PracticeStore | undefined;
/** The page's store over localStorage (created on first use, in the browser only). */
export function practiceStore(): PracticeStore {
  if (!browserStore) {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    browserStore = createPracticeStore(storage);
  }
  return browserStore;
}
