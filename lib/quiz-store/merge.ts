import { replayLogs } from '@/lib/srs/scheduler';
import { SCHEMA_VERSION, type CardRecord, type LogRecord } from './schema';

export interface ImportReport {
  /** Reviews in the file that this browser did not have. */
  reviewsAdded: number;
  /** Cards whose state changed, by key. */
  cardsChanged: string[];
}

/** True when `b` is a newer state of the card than `a` (later write, then more reviews). */
function isNewer(b: CardRecord, a: CardRecord): boolean {
  const tb = Date.parse(b.updatedAt);
  const ta = Date.parse(a.updatedAt);
  return tb > ta || (tb === ta && b.state.reps > a.state.reps);
}

/** A card's state rebuilt from its complete review log (the log is the source of truth). */
export function cardFromLogs(key: string, logs: readonly LogRecord[], retention: number): CardRecord | null {
  const state = replayLogs(logs, retention);
  return state && { v: SCHEMA_VERSION, key, state, updatedAt: state.lastReview! };
}

function sameState(a: CardRecord | undefined, b: CardRecord): boolean {
  return a !== undefined && JSON.stringify(a.state) === JSON.stringify(b.state);
}

/**
 * Merges an import into local data: the union of both review logs by id, then every card that
 * gained a review is recomputed from its complete, time-ordered log, so a review made on either
 * device is never dropped. Cards with no review log on either side (files from the first version)
 * fall back to the newer card state. Returns only what must be written.
 */
export function mergeImport(
  local: { cards: ReadonlyMap<string, CardRecord>; logs: readonly LogRecord[] },
  incoming: { cards: readonly CardRecord[]; logs: readonly LogRecord[] },
  retention: number,
): { cards: CardRecord[]; logs: LogRecord[]; report: ImportReport } {
  const byKey = new Map<string, LogRecord[]>();
  const ids = new Set<string>();
  const add = (l: LogRecord) => {
    ids.add(l.id);
    const list = byKey.get(l.key);
    if (list) list.push(l);
    else byKey.set(l.key, [l]);
  };
  local.logs.forEach(add);
  const added: LogRecord[] = [];
  for (const l of incoming.logs) {
    if (ids.has(l.id)) continue;
    add(l);
    added.push(l);
  }
  const cards: CardRecord[] = [];
  for (const key of new Set(added.map((l) => l.key))) {
    const card = cardFromLogs(key, byKey.get(key)!, retention)!;
    if (!sameState(local.cards.get(key), card)) cards.push(card);
  }
  for (const c of incoming.cards) {
    if (byKey.has(c.key) || cards.some((x) => x.key === c.key)) continue;
    const mine = local.cards.get(c.key);
    if (!mine || isNewer(c, mine)) cards.push(c);
  }
  return { cards, logs: added, report: { reviewsAdded: added.length, cardsChanged: cards.map((c) => c.key) } };
}
