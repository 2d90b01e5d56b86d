'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const NormAxesLazy = dynamic(() => import('../norm/norm-axes').then((m) => m.NormAxes));
