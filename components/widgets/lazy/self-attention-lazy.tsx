'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const SelfAttentionLazy = dynamic(() => import('../attention/self-attention').then((m) => m.SelfAttention));
