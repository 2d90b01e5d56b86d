'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const LrScheduleLazy = dynamic(() => import('../lr/lr-schedule').then((m) => m.LrSchedule));
