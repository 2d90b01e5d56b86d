'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const RopePositionalLazy = dynamic(() => import('../rope/rope-positional').then((m) => m.RopePositional));
