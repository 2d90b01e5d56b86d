'use client';

import { openDB } from 'idb';
import { useEffect, useState } from 'react';
import { DB_NAME, STORES } from '@/lib/quiz-store/db-schema';
import { OfflinePanel } from './offline-panel';

/** The offline panel with the review times it needs for the backup reminder. */
export function ProgressOffline() {
  const [reviewTimes, setReviewTimes] = useState<number[] | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const db = await openDB(DB_NAME);
        const logs = db.objectStoreNames.contains(STORES.logs) ? await db.getAll(STORES.logs) : [];
        db.close();
        setReviewTimes(logs.map((l: { review?: unknown }) => Date.parse(String(l.review))).filter(Number.isFinite));
      } catch {
        setReviewTimes([]);
      }
    })();
  }, []);
  return <OfflinePanel reviewTimes={reviewTimes} />;
}
