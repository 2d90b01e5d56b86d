'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const DecodingSamplerLazy = dynamic(() => import('../decoding/decoding-sampler').then((m) => m.DecodingSampler));
