import { describe, expect, it } from 'vitest';
import { toAnkiTsv } from './anki';
import { SCHEMA_VERSION, type CardRecord, type LogRecord } from './schema';
import { buildExport, MAX_IMPORT_BYTES, parseImport } from './transfer';

const state = { due: '2026-03-02T08:00:00.000Z', stability: 3, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 0, state: 2 as const, lastReview: '2026-03-01T08:00:00.000Z' };
const rec = (key: string, updatedAt: string, reps = 2): CardRecord => ({ v: SCHEMA_VERSION, key, state: { ...state, reps }, updatedAt });
const log = (id: string, key = 'a/1'): LogRecord => ({ v: SCHEMA_VERSION, id, key, rating: 3, review: '2026-03-01T08:00:00.000Z' });
const NOW = new Date('2026-03-05T00:00:00Z');

describe('import validation', () => {
  const valid = JSON.stringify(buildExport([rec('a/1', '2026-03-01T08:00:00Z')], [log('l1')], NOW));
  it('round-trips an export', () => {
    const r = parseImport(valid, valid.length);
    expect(r.ok && r.data.cards[0]!.key).toBe('a/1');
  });
  it('carries the practice area\'s state along, and files without it still import', () => {
    const practice = { version: 1, progress: { 'auc-by-ranks': { status: 'solved', submits: 2 } }, drafts: { 'auc-by-ranks': 'def auc(): ...' } };
    const withPractice = { ...buildExport([], [], new Date('2026-12-01T00:00:00Z')), practice };
    const parsed = parseImport(JSON.stringify(withPractice), 100);
    expect(parsed.ok && parsed.data.practice).toEqual(practice);
    const without = parseImport(JSON.stringify(buildExport([], [], new Date('2026-12-01T00:00:00Z'))), 100);
    expect(without.ok && without.data.practice).toBeUndefined();
  });

  it('rejects an oversized file before parsing it', () => {
    expect(parseImport(valid, MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: 'too-large' });
  });
  it('rejects bad JSON, a non-export, a wrong version and wrong types', () => {
    expect(parseImport(valid.slice(0, 40), 40)).toEqual({ ok: false, error: 'bad-json' });
    expect(parseImport('[1,2]', 5)).toEqual({ ok: false, error: 'not-export' });
    expect(parseImport('{"hello":"world"}', 17)).toEqual({ ok: false, error: 'not-export' });
    expect(parseImport(valid.replace('"version":2', '"version":3'), 1)).toEqual({ ok: false, error: 'wrong-version', detail: '3' });
    const wrong = parseImport(valid.replace('"reps":2', '"reps":"2"'), 1);
    expect(wrong).toEqual({ ok: false, error: 'wrong-types', detail: 'cards.0.state.reps' });
  });
  it('migrates a version-1 export file', () => {
    const v1 = { version: 1, cards: [{ id: 'a/1', card: { due: state.due, stability: 3, difficulty: 5, scheduled_days: 1, reps: 2, lapses: 0, state: 2, last_review: state.lastReview } }] };
    const r = parseImport(JSON.stringify(v1), 10);
    expect(r.ok && r.data.cards[0]).toEqual({ v: 2, key: 'a/1', state, updatedAt: state.lastReview });
  });
});

describe('Anki export', () => {
  it('writes header lines and one tab-separated row per card with HTML and tags', () => {
    const tsv = toAnkiTsv([{ questionHtml: '<p>Why\tscale?</p>\n', answerHtml: '<p>a\nb</p>', tags: ['attention', 'two words'], note: 'attention-scaling', level: 'M' }]);
    expect(tsv.split('\n')).toEqual(['#separator:tab', '#html:true', '#tags column:3', '<p>Why scale?</p>\t<p>a b</p>\tmlprep::attention-scaling level::M attention two_words', '']);
  });
});
