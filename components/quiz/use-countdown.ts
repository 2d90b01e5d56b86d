import { useEffect, useState } from 'react';

/** Seconds left of `seconds`, restarting whenever `resetKey` changes; null when no limit is set. */
export function useCountdown(seconds: number | null, resetKey: string | number): number | null {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (seconds === null) return;
    const start = Date.now();
    const id = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - start) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [seconds, resetKey]);
  return left;
}
