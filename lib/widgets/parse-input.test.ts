import { describe, expect, it } from 'vitest';
import { formatMatrix, parseMatrix, parseNumber, splitCells } from './parse-input';

describe('parseNumber', () => {
  it('accepts decimals, exponents, full-width digits and the Unicode minus', () => {
    expect(parseNumber(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('1e308')).toEqual({ ok: true, value: 1e308 });
    expect(parseNumber('−3')).toEqual({ ok: true, value: -3 });
    expect(parseNumber('１２')).toEqual({ ok: true, value: 12 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-number'],
    ['0x10', 'not-number'],
    ['1,5', 'not-number'],
    ['NaN', 'not-finite'],
    ['Infinity', 'not-finite'],
    ['-inf', 'not-finite'],
    ['1e309', 'not-finite'],
  ])('rejects %j as %s', (text, code) => {
    const p = parseNumber(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.code).toBe(code);
  });

  it('enforces range and integer rules', () => {
    expect(parseNumber('-1', { min: 0 })).toEqual({ ok: false, error: { code: 'out-of-range', min: 0, max: Number.MAX_VALUE } });
    expect(parseNumber('2.5', { integer: true })).toEqual({ ok: false, error: { code: 'not-integer' } });
    expect(parseNumber('1e308', { max: 100 }).ok).toBe(false);
  });
});

describe('parseMatrix', () => {
  const rule = { maxRows: 3, maxCols: 3, min: -10, max: 10 };
  it('reads one row per line with commas or spaces and round-trips through formatMatrix', () => {
    const p = parseMatrix('1 0, 2\n\n3，4 5\n', rule);
    expect(p).toEqual({ ok: true, value: [[1, 0, 2], [3, 4, 5]] });
    if (p.ok) expect(parseMatrix(formatMatrix(p.value), rule)).toEqual(p);
    expect(splitCells('1;2\t3')).toEqual(['1', '2', '3']);
  });

  it('names ragged rows, too many rows and bad cells', () => {
    expect(parseMatrix('1 2\n3', rule)).toEqual({ ok: false, error: { code: 'ragged', row: 2, expected: 2, got: 1 } });
    expect(parseMatrix('1\n2\n3\n4', rule)).toEqual({ ok: false, error: { code: 'too-many', max: 3 } });
    expect(parseMatrix('1 x', rule)).toMatchObject({ ok: false, error: { code: 'not-number' } });
    expect(parseMatrix('99', rule)).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(parseMatrix('', rule)).toEqual({ ok: false, error: { code: 'empty' } });
  });
});
