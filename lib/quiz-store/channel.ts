import type { CardRecord, LogRecord, Settings } from './schema';

const CHANNEL = 'mlprep-quiz';

/** What one tab tells the others after it saved something: the new data itself, so nobody re-reads the database. */
export type ChangeMessage = { from: string } & ({ kind: 'reviews'; cards: CardRecord[]; logs: LogRecord[] } | { kind: 'settings'; settings: Settings });

export interface TabChannel {
  post(message: ChangeMessage): void;
  close(): void;
}

/** One BroadcastChannel per tab; messages this tab sent itself are ignored. */
export function openTabChannel(tabId: string, onMessage: (m: ChangeMessage) => void, name = CHANNEL): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(name);
  ch.onmessage = (e: MessageEvent<ChangeMessage>) => {
    if (e.data?.from !== tabId) onMessage(e.data);
  };
  return { post: (m) => ch.postMessage(m), close: () => ch.close() };
}
