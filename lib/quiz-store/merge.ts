import type { CardRecord, LogRecord } from './schema';

export interface MergeReport {
  cardsAdded: number;
  cardsUpdated: number;
  cardsKept: number;
  logsAdded: number;
}

/** True when `b` is a newer state of the card than `a` (later write, then more reviews). */
export function isNewer(b: CardRecord, a: CardRecord): boolean {
  const tb = Date.parse(b.updatedAt);
  const ta = Date.parse(a.updatedAt);
  return tb > ta || (tb === ta && b.state.reps > a.state.reps);
}

/**
 * Per-card merge of incoming data into local data: the newer state of each card wins, logs are
 * the union by id. Returns only what must be written, so nothing else is touched.
 */
export function mergeInto(
  local: { cards: ReadonlyMap<string, CardRecord>; logIds: ReadonlySet<string> },
  incoming: { cards: CardRecord[]; logs: LogRecord[] },
): { cards: CardRecord[]; logs: LogRecord[]; report: MergeReport } {
  const report: MergeReport = { cardsAdded: 0, cardsUpdated: 0, cardsKept: 0, logsAdded: 0 };
  const winners = new Map<string, CardRecord>();
  for (const c of incoming.cards) {
    const prev = winners.get(c.key);
    if (!prev || isNewer(c, prev)) winners.set(c.key, c);
  }
  const cards: CardRecord[] = [];
  for (const c of winners.values()) {
    const mine = local.cards.get(c.key);
    if (!mine) report.cardsAdded++;
    else if (isNewer(c, mine)) report.cardsUpdated++;
    else {
      report.cardsKept++;
      continue;
    }
    cards.push(c);
  }
  const seen = new Set(local.logIds);
  const logs = incoming.logs.filter((l) => !seen.has(l.id) && seen.add(l.id));
  report.logsAdded = logs.length;
  return { cards, logs, report };
}
