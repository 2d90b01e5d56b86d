'use client';

import dynamic from 'next/dynamic';

// A separate chunk, fetched only by pages that render this widget; still server-rendered.
export const SoftmaxTemperatureLazy = dynamic(() => import('../softmax/softmax-temperature').then((m) => m.SoftmaxTemperature));
