import { describe, expect, it } from 'vitest';
import { parseScoreCsv } from './parse-csv';

describe('parseScoreCsv', () => {
  it('reads rows, skips a header and blank lines, accepts tabs', () => {
    expect(parseScoreCsv('score,label\n0.9,1\n\n0.2\t0\n', 10)).toEqual({
      ok: true,
      value: [
        { score: 0.9, label: 1 },
        { score: 0.2, label: 0 },
      ],
    });
  });

  it.each([
    ['', 'empty'],
    ['score,label', 'empty'],
    ['0.9,1\n0.5,2', 'bad-label'],
    ['0.9,1\n0.5', 'bad-row'],
    ['0.9,1\nabc,0', 'bad-row'],
    ['0.9,1\nNaN,0', 'not-finite'],
    ['NaN,1', 'not-finite'],
    ['0.9,1\n1e999,0', 'not-finite'],
    ['0.9,1,3', 'bad-row'],
    ['1,1\n2,0\n3,1', 'too-many'],
  ])('rejects %j with %s', (text, code) => {
    const p = parseScoreCsv(text, 2);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.code).toBe(code);
  });

  it('names the offending line', () => {
    expect(parseScoreCsv('score,label\n0.1,1\n0.2,x', 5)).toEqual({ ok: false, error: { code: 'bad-label', row: 3 } });
  });
});
