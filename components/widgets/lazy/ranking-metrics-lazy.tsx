'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const RankingMetricsLazy = dynamic(() => import('../ranking/ranking-metrics').then((m) => m.RankingMetrics));
