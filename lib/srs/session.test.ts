import { describe, expect, it } from 'vitest';
import { afterGrade, currentCard, remaining, startQueue } from './session';

const MIN = 60_000;

describe('session queue: Again cards return within the session', () => {
  it('shows an Again card again once its step is over, before the remaining cards', () => {
    let q = startQueue(['a', 'b', 'c']);
    expect(currentCard(q, 0)).toBe('a');
    q = afterGrade(q, 'a', 1, 1 * MIN);
    expect(remaining(q)).toBe(3);
    expect(currentCard(q, 30_000)).toBe('b');
    q = afterGrade(q, 'b', 3, 10 * MIN);
    expect(currentCard(q, 2 * MIN)).toBe('a');
    q = afterGrade(q, 'a', 3, 12 * MIN);
    expect(currentCard(q, 2 * MIN)).toBe('c');
    q = afterGrade(q, 'c', 4, 9 * 86_400_000);
    expect(currentCard(q, 2 * MIN)).toBeNull();
    expect(q.done).toBe(4);
  });

  it('shows a returning card early when nothing else is left, and again after each Again', () => {
    let q = startQueue(['a']);
    q = afterGrade(q, 'a', 1, 1 * MIN);
    expect(currentCard(q, 0)).toBe('a');
    q = afterGrade(q, 'a', 1, 10 * MIN);
    expect(currentCard(q, 0)).toBe('a');
    q = afterGrade(q, 'a', 2, 15 * MIN);
    expect(currentCard(q, 0)).toBeNull();
    expect(remaining(q)).toBe(0);
  });

  it('keeps returning cards in due order', () => {
    let q = startQueue(['a', 'b', 'c']);
    q = afterGrade(q, 'a', 1, 10 * MIN);
    q = afterGrade(q, 'b', 1, 1 * MIN);
    expect(q.learning.map((l) => l.key)).toEqual(['b', 'a']);
    expect(currentCard(q, 5 * MIN)).toBe('b');
  });
});
