/** Tells the other open tabs that the quiz data changed, so they reload it (BroadcastChannel). */
const CHANNEL = 'mlprep-quiz';

export function notifyChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ type: 'changed' });
  ch.close();
}

/** Calls `onChange` whenever another tab saved quiz data; returns the unsubscribe function. */
export function subscribeChanges(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = () => onChange();
  return () => ch.close();
}
