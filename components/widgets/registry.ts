import type { ComponentType } from 'react';
import type { WidgetName } from '@/lib/widget-names';

type AnyProps = Record<string, unknown>;
// Props arrive as JSON from the note (checked as literals at build time), so loaders share one prop type.
const load = (p: Promise<unknown>) => p as Promise<ComponentType<AnyProps>>;

// Every widget a note can embed, one line each. Each is its own chunk, loaded only on a page that
// embeds it and only when it comes into view (components/enhance/widgets.ts); the export renders it to
// HTML first (scripts/static-notes.mjs). Typed against lib/widget-names.ts, so a name without a loader
// does not compile.
export const widgetLoaders: Record<WidgetName, () => Promise<ComponentType<AnyProps>>> = {
  SelfAttention: () => load(import('./attention/self-attention').then((m) => m.SelfAttention)),
  SoftmaxTemperature: () => load(import('./softmax/softmax-temperature').then((m) => m.SoftmaxTemperature)),
  RocAuc: () => load(import('./roc/roc-auc').then((m) => m.RocAuc)),
  FocalLoss: () => load(import('./focal/focal-loss').then((m) => m.FocalLoss)),
  LrSchedule: () => load(import('./lr/lr-schedule').then((m) => m.LrSchedule)),
  RankingMetrics: () => load(import('./ranking/ranking-metrics').then((m) => m.RankingMetrics)),
  DecodingSampler: () => load(import('./decoding/decoding-sampler').then((m) => m.DecodingSampler)),
  NormAxes: () => load(import('./norm/norm-axes').then((m) => m.NormAxes)),
  L1L2Geometry: () => load(import('./l1l2/l1l2-geometry').then((m) => m.L1L2Geometry)),
  OptimizerPaths: () => load(import('./optimizers/optimizer-paths').then((m) => m.OptimizerPaths)),
  RopePositional: () => load(import('./rope/rope-positional').then((m) => m.RopePositional)),
};
