import type { ComponentType } from 'react';
import type { WidgetName } from '@/lib/widget-names';
import { RocAucLazy } from './lazy/roc-auc-lazy';
import { SelfAttentionLazy } from './lazy/self-attention-lazy';
import { FocalLossLazy } from './lazy/focal-loss-lazy';
import { LrScheduleLazy } from './lazy/lr-schedule-lazy';
import { RankingMetricsLazy } from './lazy/ranking-metrics-lazy';
import { DecodingSamplerLazy } from './lazy/decoding-sampler-lazy';
import { NormAxesLazy } from './lazy/norm-axes-lazy';
import { L1L2GeometryLazy } from './lazy/l1l2-geometry-lazy';
import { OptimizerPathsLazy } from './lazy/optimizer-paths-lazy';
import { RopePositionalLazy } from './lazy/rope-positional-lazy';
import { SoftmaxTemperatureLazy } from './lazy/softmax-temperature-lazy';

/**
 * Widget name → component, for the MDX map. Each entry is a tiny client wrapper around
 * next/dynamic, so a widget's code is loaded only on pages that embed it (see issue 7); the
 * `Record` type keeps this in sync with WIDGET_NAMES.
 */
export const widgetComponents: Record<WidgetName, ComponentType<any>> = {
  SelfAttention: SelfAttentionLazy,
  SoftmaxTemperature: SoftmaxTemperatureLazy,
  RocAuc: RocAucLazy,
  FocalLoss: FocalLossLazy,
  LrSchedule: LrScheduleLazy,
  RankingMetrics: RankingMetricsLazy,
  DecodingSampler: DecodingSamplerLazy,
  NormAxes: NormAxesLazy,
  L1L2Geometry: L1L2GeometryLazy,
  OptimizerPaths: OptimizerPathsLazy,
  RopePositional: RopePositionalLazy,
};
