import { useCallback, useEffect, useRef, useState } from 'react';
import { readHashState, writeHashState } from '@/lib/widgets/hash-state';

export type ShareResult = 'copied' | 'manual';

/**
 * Restores a widget's state from `#key=…` after hydration (and when the hash changes), and writes
 * it back on "share". `decode` returns null for anything it does not recognise; that sets
 * `hashError` so the widget can say so instead of crashing.
 */
export function useHashState<S>(key: string, decode: (raw: unknown) => S | null, apply: (s: S) => void) {
  const [hashError, setHashError] = useState(false);
  const latest = useRef({ decode, apply });
  useEffect(() => {
    latest.current = { decode, apply };
  });

  useEffect(() => {
    const restore = () => {
      const raw = readHashState(window.location.hash, key);
      if (raw === undefined) return;
      const state = raw === null ? null : latest.current.decode(raw);
      setHashError(state === null);
      if (state !== null) latest.current.apply(state);
    };
    restore();
    window.addEventListener('hashchange', restore);
    return () => window.removeEventListener('hashchange', restore);
  }, [key]);

  const share = useCallback(
    async (state: S): Promise<ShareResult> => {
      const hash = writeHashState(window.location.hash, key, state);
      window.history.replaceState(window.history.state, '', hash);
      setHashError(false);
      try {
        await navigator.clipboard.writeText(window.location.href);
        return 'copied';
      } catch {
        return 'manual';
      }
    },
    [key],
  );

  return { hashError, share };
}
