import { describe, expect, it } from 'vitest';
import { mergeProgress, nextProgress, sanitizeProgress } from './progress';
import { createPracticeStore } from './store';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}
const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');

describe('practice progress', () => {
  it('a run makes a problem attempted; only an all-pass submit solves it, and solved stays solved', () => {
    const a = nextProgress(undefined, { submitted: false, allPassed: true }, t0);
    expect(a).toEqual({ status: 'attempted', submits: 0, lastRunAt: t0.toISOString() });
    const b = nextProgress(a, { submitted: true, allPassed: true }, t1);
    expect(b).toEqual({ status: 'solved', submits: 1, solvedAt: t1.toISOString(), lastRunAt: t1.toISOString() });
    expect(nextProgress(b, { submitted: true, allPassed: false }, t1)).toMatchObject({ status: 'solved', submits: 2, solvedAt: t1.toISOString() });
  });

  it('merges imports: solved wins with the earliest solve time', () => {
    const ours = { a: { status: 'attempted' as const, submits: 3, lastRunAt: t1.toISOString() } };
    const theirs = { a: { status: 'solved' as const, submits: 1, solvedAt: t0.toISOString(), lastRunAt: t0.toISOString() }, b: { status: 'attempted' as const, submits: 0, lastRunAt: t0.toISOString() } };
    expect(mergeProgress(ours, theirs)).toEqual({
      a: { status: 'solved', submits: 3, solvedAt: t0.toISOString(), lastRunAt: t1.toISOString() },
      b: theirs.b,
    });
  });

  it('drops malformed entries from untrusted data', () => {
    expect(sanitizeProgress({ a: { status: 'won', lastRunAt: 'x' }, b: null, c: { status: 'attempted', lastRunAt: 'x', submits: -2 } })).toEqual({ c: { status: 'attempted', submits: 0, lastRunAt: 'x' } });
    expect(sanitizeProgress('nope')).toEqual({});
  });
});

describe('practice store', () => {
  it('keeps drafts and progress in storage and tells subscribers', () => {
    const storage = new MemoryStorage();
    const store = createPracticeStore(storage);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.saveDraft('auc', 'def auc(): pass');
    store.recordRun('auc', { submitted: true, allPassed: true }, t0);
    expect(calls).toBe(1);
    off();
    const again = createPracticeStore(storage);
    expect(again.loadDraft('auc')).toBe('def auc(): pass');
    expect(again.getProgress().auc?.status).toBe('solved');
    again.clearDraft('auc');
    expect(again.loadDraft('auc')).toBeNull();
  });

  it('exports and imports without overwriting a newer local draft', () => {
    const from = createPracticeStore(new MemoryStorage());
    from.saveDraft('a', 'old a');
    from.saveDraft('b', 'b code');
    from.recordRun('a', { submitted: true, allPassed: true }, t0);
    const to = createPracticeStore(new MemoryStorage());
    to.saveDraft('a', 'new a');
    to.importPractice(JSON.parse(JSON.stringify(from.exportPractice())));
    expect(to.loadDraft('a')).toBe('new a');
    expect(to.loadDraft('b')).toBe('b code');
    expect(to.getProgress().a?.status).toBe('solved');
  });

  it('falls back to memory when storage throws, and says so', () => {
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const store = createPracticeStore(broken);
    store.saveDraft('a', 'x');
    expect(store.persistent).toBe(false);
    expect(store.loadDraft('a')).toBe('x');
  });
});
