import { useEffect, useState } from 'react';

/** Seconds left of `seconds`, restarting whenever `resetKey` changes; null when no limit is set. */
export function useCountdown(seconds: number | null, resetKey: string | number): number | null {
  // Tagged with the key and limit it counts for, so a new card shows its full time at once.
  const [tick, setTick] = useState({ resetKey, seconds, left: seconds });
  useEffect(() => {
    if (seconds === null) return;
    const start = Date.now();
    const id = setInterval(() => {
      const left = Math.max(0, seconds - Math.floor((Date.now() - start) / 1000));
      setTick({ resetKey, seconds, left });
      if (left === 0) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [seconds, resetKey]);
  return tick.resetKey === resetKey && tick.seconds === seconds ? tick.left : seconds;
}
