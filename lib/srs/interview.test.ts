import { describe, expect, it } from 'vitest';
import { daysUntil, interviewDue, interviewNewLimit } from './interview';
import { DAY, gradeCard, newCardState } from './scheduler';
import type { CardState } from './types';

const NOW = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A card learned with Good reviews until its next interval is long. */
function matureCard(): CardState {
  let s = newCardState(NOW);
  let t = NOW;
  for (let i = 0; i < 4; i++) {
    s = gradeCard(s, 3, t);
    t = new Date(s.due);
  }
  return s;
}

describe('interview-date compression', () => {
  it('pulls a weak card due after the interview to the day before it', () => {
    const s = gradeCard(gradeCard(newCardState(NOW), 3, NOW), 3, at(0.01));
    const weak = { ...s, due: at(40).toISOString() };
    expect(interviewDue(weak, at(20), 0.9).toISOString()).toBe(at(19).toISOString());
  });

  it('leaves a strong card alone when its recall on interview day stays above the target', () => {
    const s = matureCard();
    const interview = new Date(new Date(s.lastReview!).getTime() + DAY);
    expect(interviewDue(s, interview, 0.9).toISOString()).toBe(s.due);
  });

  it('keeps due dates already before the deadline and never moves new cards', () => {
    const s = gradeCard(newCardState(NOW), 3, NOW);
    expect(interviewDue(s, at(10), 0.9).toISOString()).toBe(s.due);
    const fresh = newCardState(NOW);
    expect(interviewDue(fresh, at(10), 0.9).toISOString()).toBe(fresh.due);
  });

  it('never schedules before the last review when the interview is imminent', () => {
    const s = matureCard();
    const interview = new Date(new Date(s.lastReview!).getTime() + 3_600_000);
    expect(interviewDue(s, interview, 0.99).getTime()).toBeGreaterThanOrEqual(new Date(s.lastReview!).getTime());
  });

  it('raises the daily new-card limit so every new card is seen before the last day', () => {
    expect(daysUntil(NOW, at(5))).toBe(5);
    expect(daysUntil(NOW, at(-1))).toBe(0);
    expect(interviewNewLimit(100, NOW, at(5), 10)).toBe(25);
    expect(interviewNewLimit(10, NOW, at(5), 20)).toBe(20);
    expect(interviewNewLimit(30, NOW, at(0.5), 10)).toBe(30);
  });
});
