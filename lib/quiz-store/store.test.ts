import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QuizStore } from './store';

const T0 = new Date('2026-03-01T08:00:00Z');
let n = 0;
const open: QuizStore[] = [];
function tabs(count: number, name = `store-db-${++n}`) {
  const made = Array.from({ length: count }, () => new QuizStore({ dbName: name, channelName: `ch-${name}` }));
  open.push(...made);
  return made;
}
afterEach(() => open.splice(0).forEach((s) => s.close()));

/** Resolves once `store` passes `test` (tab messages arrive asynchronously). */
function until(store: QuizStore, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const off = store.subscribe(() => test() && (off(), resolve()));
  });
}

describe('QuizStore: one per tab, kept in sync by messages', () => {
  it('a grade updates its own tab in place and the other tab from the message, without reloading', async () => {
    const [a, b] = tabs(2);
    await Promise.all([a!.loaded, b!.loaded]);
    const before = b!.getSnapshot();
    await a!.grade('x/1', 3, T0);
    expect(a!.getSnapshot().cards.get('x/1')!.state.reps).toBe(1);
    await until(b!, () => b!.getSnapshot().logs.length === 1);
    expect(b!.getSnapshot().cards.get('x/1')).toEqual(a!.getSnapshot().cards.get('x/1'));
    expect(before.cards.size).toBe(0);
    // Both tabs grade the same card: each sees both reviews, and the stored card counts both.
    await b!.grade('x/1', 1, new Date(T0.getTime() + 60_000));
    await until(a!, () => a!.getSnapshot().logs.length === 2);
    expect(a!.getSnapshot().cards.get('x/1')!.state.reps).toBe(2);
    const [fresh] = tabs(1, a!.opts.dbName);
    await fresh!.loaded;
    expect(fresh!.getSnapshot().cards.get('x/1')).toEqual(a!.getSnapshot().cards.get('x/1'));
  });

  it('settings changes reach the other tab', async () => {
    const [a, b] = tabs(2);
    await Promise.all([a!.loaded, b!.loaded]);
    await a!.saveSettings({ ...a!.getSnapshot().settings, interviewTarget: 0.97 });
    await until(b!, () => b!.getSnapshot().settings.interviewTarget === 0.97);
    expect(a!.getSnapshot().settings.interviewTarget).toBe(0.97);
  });

  it('ignores its own messages: one grade is one log entry', async () => {
    const [a] = tabs(1);
    await a!.loaded;
    let updates = 0;
    a!.subscribe(() => updates++);
    await a!.grade('x/1', 3, T0);
    await new Promise((r) => setTimeout(r, 20));
    expect(updates).toBe(1);
    expect(a!.getSnapshot().logs).toHaveLength(1);
  });
});
