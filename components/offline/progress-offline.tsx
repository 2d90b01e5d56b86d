'use client';

import { useMemo } from 'react';
import { useQuizStore } from '@/components/quiz/use-quiz-store';
import { OfflinePanel } from './offline-panel';

/** The offline panel with the review times it needs for the backup reminder. */
export function ProgressOffline() {
  const { state } = useQuizStore();
  const reviewTimes = useMemo(
    () => (state.ready ? state.logs.map((l) => Date.parse(l.review)).filter(Number.isFinite) : null),
    [state.ready, state.logs],
  );
  return <OfflinePanel reviewTimes={reviewTimes} />;
}
