import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, surfaces, trajectory } from '@/lib/math/optimizers';
import { decodeFields } from './param-state';
import { OPTIMIZER_PRESETS, OPTIMIZER_RULES, STEPS_MAX } from './optimizer-state';

describe('optimizer widget state', () => {
  it('accepts the presets and rejects bad fields', () => {
    for (const p of Object.values(OPTIMIZER_PRESETS)) expect(decodeFields(OPTIMIZER_RULES, p)).toEqual(p);
    const ok = OPTIMIZER_PRESETS.quadratic!;
    for (const bad of [{ ...ok, surface: 'himmelblau' }, { ...ok, beta2: 1 }, { ...ok, show: [true] }, { ...ok, step: 501 }, { ...ok, lr: -1 }]) expect(decodeFields(OPTIMIZER_RULES, bad)).toBeNull();
  });

  it('presets diverge only where the note says so (Nesterov at η = 0.15)', () => {
    const diverged = (name: string) => {
      const p = OPTIMIZER_PRESETS[name]!;
      return OPTIMIZERS.filter((o) => trajectory(o, surfaces[p.surface], [p.x0, p.y0], p, STEPS_MAX).divergedAt !== null);
    };
    expect(diverged('quadratic')).toEqual([]);
    expect(diverged('rosenbrock')).toEqual([]);
    expect(diverged('saddle')).toEqual([]);
    expect(diverged('quadratic-fast')).toEqual(['nesterov']);
  });
});
