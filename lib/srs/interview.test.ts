import { describe, expect, it } from 'vitest';
import { daysUntil, interviewDue, interviewNewLimit, recallDropsBelow } from './interview';
import { DAY, gradeCard, newCardState, retrievability } from './scheduler';
import type { CardState } from './types';

const NOW = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A real FSRS history: Good at every due date, `reviews` times, starting at NOW. */
function learned(reviews: number): CardState {
  let s = newCardState(NOW);
  let t = NOW;
  for (let i = 0; i < reviews; i++) {
    s = gradeCard(s, 3, t);
    t = new Date(s.due);
  }
  return s;
}

describe('interview-date mode with real FSRS states', () => {
  it('brings back a card due after the interview whose recall on interview day is below the target', () => {
    const s = learned(4);
    const last = new Date(s.lastReview!);
    const due = new Date(s.due);
    const interview = new Date(last.getTime() + (due.getTime() - last.getTime()) * 0.6);
    // Its own schedule (retention 0.9) says: after the interview, so recall there is above 0.9 ...
    expect(retrievability(s, interview)).toBeGreaterThan(0.9);
    // ... but below an interview-day target of 0.97, so it returns before the interview.
    expect(retrievability(s, interview)).toBeLessThan(0.97);
    const pulled = interviewDue(s, interview, 0.97);
    expect(pulled.getTime()).toBeLessThan(due.getTime());
    expect(pulled.getTime()).toBeLessThanOrEqual(interview.getTime() - DAY);
    expect(pulled.getTime()).toBe(Math.min(recallDropsBelow(s, 0.97).getTime(), interview.getTime() - DAY));
    // Reviewing it then lifts its interview-day recall above the target: it stops coming back.
    const after = gradeCard(s, 3, pulled);
    expect(retrievability(after, interview)).toBeGreaterThanOrEqual(0.97);
    expect(interviewDue(after, interview, 0.97).toISOString()).toBe(after.due);
  });

  it('leaves a card alone when its interview-day recall clears the target, whatever the desired retention', () => {
    const s = learned(6);
    const interview = new Date(new Date(s.lastReview!).getTime() + 2 * DAY);
    expect(retrievability(s, interview)).toBeGreaterThan(0.95);
    expect(interviewDue(s, interview, 0.95).toISOString()).toBe(s.due);
  });

  it('the moment recall falls below a target is the first whole day ts-fsrs reports it below', () => {
    const s = learned(3);
    const drop = recallDropsBelow(s, 0.95);
    expect(retrievability(s, drop)).toBeLessThan(0.95);
    expect(retrievability(s, new Date(drop.getTime() - DAY))).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps due dates already before the interview and never moves new cards', () => {
    const s = learned(1);
    expect(interviewDue(s, at(10), 0.95).toISOString()).toBe(s.due);
    const fresh = newCardState(NOW);
    expect(interviewDue(fresh, at(10), 0.95).toISOString()).toBe(fresh.due);
  });

  it('never schedules right after the last review when the interview is imminent', () => {
    const s = learned(4);
    const last = Date.parse(s.lastReview!);
    const interview = new Date(last + DAY + 1_800_000);
    expect(interviewDue(s, interview, 0.9999).getTime()).toBe(last + 3_600_000);
  });

  it('raises the daily new-card limit so every new card is seen before the last day', () => {
    expect(daysUntil(NOW, at(5))).toBe(5);
    expect(daysUntil(NOW, at(-1))).toBe(0);
    expect(interviewNewLimit(100, NOW, at(5), 10)).toBe(25);
    expect(interviewNewLimit(10, NOW, at(5), 20)).toBe(20);
    expect(interviewNewLimit(30, NOW, at(0.5), 10)).toBe(30);
  });
});
