import { describe, expect, it } from 'vitest';
import { readRecord, safeStringify } from './records';
import { cardRecordSchema, logRecordSchema, SCHEMA_VERSION } from './schema';

const state = { due: '2026-03-01T08:10:00.000Z', stability: 2.3, difficulty: 2.1, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 1, lastReview: '2026-03-01T08:00:00.000Z' };
const card = { v: SCHEMA_VERSION, key: 'softmax/c1', state, updatedAt: '2026-03-01T08:00:00.000Z' };

describe('readRecord: every corruption case is named, never thrown', () => {
  it('accepts a valid record, as an object or as JSON text', () => {
    expect(readRecord(card, cardRecordSchema)).toEqual({ ok: true, value: card, migrated: false });
    expect(readRecord(JSON.stringify(card), cardRecordSchema).ok).toBe(true);
  });
  it('invalid JSON', () => {
    expect(readRecord('{"v":2,"key":', cardRecordSchema)).toEqual({ ok: false, reason: 'invalid-json' });
  });
  it('not an object', () => {
    for (const raw of [42, null, [card], true]) expect(readRecord(raw, cardRecordSchema)).toEqual({ ok: false, reason: 'not-object' });
  });
  it('unknown version, and a newer version told apart from it', () => {
    expect(readRecord({ ...card, v: 99 }, cardRecordSchema)).toEqual({ ok: false, reason: 'newer-version' });
    expect(readRecord({ ...card, v: 0 }, cardRecordSchema)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(readRecord({ ...card, v: '3' }, cardRecordSchema)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(readRecord({ key: 'x' }, cardRecordSchema)).toEqual({ ok: false, reason: 'unknown-version' });
  });
  it('truncated: a required field is missing', () => {
    const { updatedAt: _, ...cut } = card;
    expect(readRecord(cut, cardRecordSchema)).toEqual({ ok: false, reason: 'truncated' });
    expect(readRecord({ ...card, state: { due: state.due } }, cardRecordSchema)).toEqual({ ok: false, reason: 'truncated' });
  });
  it('wrong types', () => {
    expect(readRecord({ ...card, state: { ...state, reps: '3' } }, cardRecordSchema)).toEqual({ ok: false, reason: 'wrong-types' });
    expect(readRecord({ ...card, updatedAt: 'yesterday' }, cardRecordSchema)).toEqual({ ok: false, reason: 'wrong-types' });
    expect(readRecord({ v: 2, id: 'l', key: 'k', rating: 7, review: state.due }, logRecordSchema)).toEqual({ ok: false, reason: 'wrong-types' });
  });
  it('migrates a version-1 card only where allowed', () => {
    const v1 = { id: 'softmax/c1', card: { due: state.due, stability: 2.3, difficulty: 2.1, elapsed_days: 0, scheduled_days: 0, reps: 1, lapses: 0, state: 1, last_review: state.lastReview } };
    expect(readRecord(v1, cardRecordSchema, true)).toEqual({ ok: true, value: { ...card, state: { ...state, learningSteps: 0 } }, migrated: true });
    expect(readRecord(v1, cardRecordSchema).ok).toBe(false);
  });
  it('stringifies any raw value for the quarantine download', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(safeStringify('{"a":')).toBe('"{\\"a\\":"');
    expect(safeStringify(cyclic)).toBe('[object Object]');
    expect(safeStringify(undefined)).toBe('undefined');
  });
});
