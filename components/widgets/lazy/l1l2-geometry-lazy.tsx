'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const L1L2GeometryLazy = dynamic(() => import('../l1l2/l1l2-geometry').then((m) => m.L1L2Geometry));
