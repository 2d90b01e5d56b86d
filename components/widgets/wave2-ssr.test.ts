// Server render of every second-wave widget at each preset (and a bad one): no NaN, bad props explained.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { FocalLoss } from './focal/focal-loss';
import { LrSchedule } from './lr/lr-schedule';
import { RankingMetrics } from './ranking/ranking-metrics';
import { DecodingSampler } from './decoding/decoding-sampler';
import { NormAxes } from './norm/norm-axes';
import { L1L2Geometry } from './l1l2/l1l2-geometry';
import { OptimizerPaths } from './optimizers/optimizer-paths';
import { RopePositional } from './rope/rope-positional';

const all = { FocalLoss, LrSchedule, RankingMetrics, DecodingSampler, NormAxes, L1L2Geometry, OptimizerPaths, RopePositional } as Record<string, (p: Record<string, unknown>) => unknown>;
const presets: Record<string, string[]> = {
  FocalLoss: ['note', 'paper', 'ce', 'strong'], LrSchedule: ['warmup-linear', 'cosine', 'warmup-cosine', 'noam', 'step'], RankingMetrics: ['note', 'binary-missed'],
  DecodingSampler: ['plain', 'penalty'], NormAxes: ['shape-bn', 'hand-ln', 'rms', 'gn'], L1L2Geometry: ['round', 'rotated'], OptimizerPaths: ['quadratic', 'rosenbrock', 'saddle'], RopePositional: ['note-rope', 'wide', 'interpolation'],
};
it('server-renders every widget and preset without NaN', { timeout: 120_000 }, () => {
  for (const [name, C] of Object.entries(all)) {
    for (const preset of [...presets[name]!, 'bogus']) {
      const html = renderToString(createElement(C as never, { preset }));
      expect(html.includes('NaN'), `${name} ${preset}`).toBe(false);
      if (preset === 'bogus') expect(html).toContain('参数写错了');
    }
  }
});
