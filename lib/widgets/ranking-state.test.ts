import { describe, expect, it } from 'vitest';
import { decodeFields, fieldsFromProps } from './param-state';
import { DEFAULT_RANKING_PRESET, rankingConsistent, RANKING_PRESETS, RANKING_RULES } from './ranking-state';

describe('ranking widget state', () => {
  it('accepts the presets and rejects broken lists', () => {
    for (const p of Object.values(RANKING_PRESETS)) expect(decodeFields(RANKING_RULES, p, rankingConsistent)).toEqual(p);
    const ok = RANKING_PRESETS.note!;
    for (const bad of [
      { ...ok, grades: [3, 2] },
      { ...ok, grades: [3, 2, 3, 0, 1, 9] },
      { ...ok, grades: [3, 2, 3, 0, 1, 1.5] },
      { ...ok, docs: ['A', 'A', 'B', 'C', 'D', 'E'] },
      { ...ok, docs: ['A', 'B', 'C', 'D', 'E', '<x>'] },
      { ...ok, k: 7 },
      { ...ok, gain: 'log' },
      { ...ok, grades: [] , docs: [] },
    ])
      expect(decodeFields(RANKING_RULES, bad, rankingConsistent)).toBeNull();
  });

  it('reads props: grades need matching docs', () => {
    expect(fieldsFromProps(RANKING_RULES, RANKING_PRESETS, DEFAULT_RANKING_PRESET, { preset: 'binary', missed: 1 }, rankingConsistent).state.missed).toBe(1);
    expect(fieldsFromProps(RANKING_RULES, RANKING_PRESETS, DEFAULT_RANKING_PRESET, { grades: [1, 2] }, rankingConsistent).bad).toBe(true);
  });
});
