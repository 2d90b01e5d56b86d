'use client';

import dynamic from 'next/dynamic';

// Every widget a note can embed, one line each: its own chunk, loaded only by pages that embed it and
// still server-rendered. The export name is the name notes use (lib/widget-names.ts lists the same
// names; components/note/note-body.tsx fails to type-check if one is missing here).
export const SelfAttention = dynamic(() => import('./attention/self-attention').then((m) => m.SelfAttention));
export const SoftmaxTemperature = dynamic(() => import('./softmax/softmax-temperature').then((m) => m.SoftmaxTemperature));
export const RocAuc = dynamic(() => import('./roc/roc-auc').then((m) => m.RocAuc));
export const FocalLoss = dynamic(() => import('./focal/focal-loss').then((m) => m.FocalLoss));
export const LrSchedule = dynamic(() => import('./lr/lr-schedule').then((m) => m.LrSchedule));
export const RankingMetrics = dynamic(() => import('./ranking/ranking-metrics').then((m) => m.RankingMetrics));
export const DecodingSampler = dynamic(() => import('./decoding/decoding-sampler').then((m) => m.DecodingSampler));
export const NormAxes = dynamic(() => import('./norm/norm-axes').then((m) => m.NormAxes));
export const L1L2Geometry = dynamic(() => import('./l1l2/l1l2-geometry').then((m) => m.L1L2Geometry));
export const OptimizerPaths = dynamic(() => import('./optimizers/optimizer-paths').then((m) => m.OptimizerPaths));
export const RopePositional = dynamic(() => import('./rope/rope-positional').then((m) => m.RopePositional));
