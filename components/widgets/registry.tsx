'use client';

import dynamic from 'next/dynamic';

// Every widget a note can embed, one line each: its own chunk, loaded only by pages that embed it and
// still server-rendered. The export name is the name notes use (lib/widget-names.ts lists the same
// names; components/note/note-body.tsx fails to type-check if one is missing here).
export const SelfAttention = dynamic(() => import('./attention/self-attention').then((m) => m.SelfAttention));
export const SoftmaxTemperature = dynamic(() => import('./softmax/softmax-temperature').then((m) => m.SoftmaxTemperature));
export const RocAuc = dynamic(() => import('./roc/roc-auc').then((m) => m.RocAuc));
