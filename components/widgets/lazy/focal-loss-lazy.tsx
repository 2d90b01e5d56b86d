'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const FocalLossLazy = dynamic(() => import('../focal/focal-loss').then((m) => m.FocalLoss));
