'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const RocAucLazy = dynamic(() => import('../roc/roc-auc').then((m) => m.RocAuc));
