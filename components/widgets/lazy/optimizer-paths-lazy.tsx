'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const OptimizerPathsLazy = dynamic(() => import('../optimizers/optimizer-paths').then((m) => m.OptimizerPaths));
