/**
 * Parsing of everything a learner types into a widget. Never throws: each parser returns either a
 * value or an error code, which the widget turns into a Chinese message (lib/ui-text/zh/).
 */

export type InputError =
  | { code: 'empty' }
  | { code: 'not-number'; text: string }
  | { code: 'not-finite' }
  | { code: 'out-of-range'; min: number; max: number }
  | { code: 'not-integer' }
  | { code: 'too-many'; max: number }
  | { code: 'ragged'; row: number; expected: number; got: number }
  | { code: 'bad-label'; row: number }
  | { code: 'bad-row'; row: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: InputError };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const INFINITY = /^[+-]?(inf|infinity|∞)$/i;

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A decimal number typed by a person: full-width digits and "−" are accepted, hex and "1_000" are not. */
export function parseNumber(text: string, rule: NumberRule = {}): Parsed<number> {
  const t = text.normalize('NFKC').replace(/[−–]/g, '-').trim();
  if (t === '') return { ok: false, error: { code: 'empty' } };
  if (INFINITY.test(t) || t.toLowerCase() === 'nan') return { ok: false, error: { code: 'not-finite' } };
  if (!DECIMAL.test(t)) return { ok: false, error: { code: 'not-number', text: t.slice(0, 20) } };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, error: { code: 'not-finite' } };
  const { min = -Number.MAX_VALUE, max = Number.MAX_VALUE } = rule;
  if (value < min || value > max) return { ok: false, error: { code: 'out-of-range', min, max } };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: { code: 'not-integer' } };
  return { ok: true, value };
}

/** Numbers separated by commas (ASCII or full-width), semicolons, tabs or spaces. */
export function splitCells(line: string): string[] {
  return line
    .normalize('NFKC')
    .split(/[\s,;]+/)
    .filter((c) => c !== '');
}

export interface MatrixRule extends NumberRule {
  maxRows: number;
  maxCols: number;
}

/** A matrix typed one row per line; every row must have the same number of columns. */
export function parseMatrix(text: string, rule: MatrixRule): Parsed<number[][]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return { ok: false, error: { code: 'empty' } };
  if (lines.length > rule.maxRows) return { ok: false, error: { code: 'too-many', max: rule.maxRows } };
  const rows: number[][] = [];
  for (const [r, line] of lines.entries()) {
    const cells = splitCells(line);
    if (cells.length > rule.maxCols) return { ok: false, error: { code: 'too-many', max: rule.maxCols } };
    if (r > 0 && cells.length !== rows[0]!.length) return { ok: false, error: { code: 'ragged', row: r + 1, expected: rows[0]!.length, got: cells.length } };
    const row: number[] = [];
    for (const c of cells) {
      const p = parseNumber(c, rule);
      if (!p.ok) return p;
      row.push(p.value);
    }
    rows.push(row);
  }
  return { ok: true, value: rows };
}

export function formatMatrix(m: readonly (readonly number[])[]): string {
  return m.map((row) => row.join(' ')).join('\n');
}
