import { describe, expect, it } from 'vitest';
import { forecastReadiness, reviewsToTarget } from './forecast';
import type { CardMeta } from './queue';
import { DAY, gradeCard, newCardState, retrievability } from './scheduler';
import type { CardState } from './types';

const NOW = new Date('2026-03-10T08:00:00Z');
const INTERVIEW = new Date(NOW.getTime() + 10 * DAY);
const meta = (key: string, section: string): CardMeta => ({ key, note: key.split('/')[0]!, section, tags: [], level: 'E' });

function learned(start: Date, reviews: number): CardState {
  let s = newCardState(start);
  for (let i = 0, t = start; i < reviews; i++, t = new Date(s.due)) s = gradeCard(s, 3, t);
  return s;
}

describe('interview-day readiness forecast (injected clock)', () => {
  const strong = learned(new Date(NOW.getTime() - 200 * DAY), 7);
  const weak = learned(new Date(NOW.getTime() - 3 * DAY), 2);
  const bank = [meta('a/1', 'ml'), meta('a/2', 'ml'), meta('b/1', 'nlp')];
  const states = new Map([
    ['a/1', strong],
    ['b/1', weak],
  ]);

  it('predicts recall on interview day per group, with unseen cards at 0, weakest section first', () => {
    const f = forecastReadiness(bank, states, NOW, INTERVIEW, 0.95, 0.9);
    const rStrong = retrievability(strong, INTERVIEW);
    const rWeak = retrievability(weak, INTERVIEW);
    expect(rStrong).toBeGreaterThan(0.95);
    expect(rWeak).toBeLessThan(0.95);
    expect(f.bySection.get('ml')!.predicted).toBeCloseTo(rStrong / 2, 10);
    expect(f.bySection.get('nlp')!.predicted).toBeCloseTo(rWeak, 10);
    expect(f.all.predicted).toBeCloseTo((rStrong + rWeak) / 3, 10);
    expect(f.all.cards).toBe(3);
    expect(f.weakestSections).toEqual(['ml', 'nlp']);
    expect(f.weakestNotes).toEqual(['a', 'b']);
  });

  it('counts the reviews needed to reach the target and spreads them over the days left', () => {
    expect(reviewsToTarget(strong, NOW, INTERVIEW, 0.95, 0.9)).toBe(0);
    const weakNeed = reviewsToTarget(weak, NOW, INTERVIEW, 0.95, 0.9);
    const newNeed = reviewsToTarget(undefined, NOW, INTERVIEW, 0.95, 0.9);
    expect(weakNeed).toBeGreaterThanOrEqual(1);
    expect(newNeed).toBeGreaterThan(weakNeed);
    const f = forecastReadiness(bank, states, NOW, INTERVIEW, 0.95, 0.9);
    expect(f.all.reviewsNeeded).toBe(weakNeed + newNeed);
    expect(f.all.perDay).toBe(Math.ceil((weakNeed + newNeed) / 10));
    expect(f.bySection.get('ml')!.reviewsNeeded).toBe(newNeed);
  });

  it('a higher target needs more reviews', () => {
    expect(reviewsToTarget(weak, NOW, INTERVIEW, 0.97, 0.9)).toBeGreaterThan(reviewsToTarget(weak, NOW, INTERVIEW, 0.9, 0.9));
  });
});
