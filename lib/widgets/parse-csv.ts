import type { ScoredLabel } from '../math/roc';
import { parseNumber, splitCells, type Parsed } from './parse-input';

/**
 * Pasted "score,label" lines (comma, tab, semicolon or spaces; labels 0/1). A first line whose
 * first cell is a word (not a number, NaN or ∞) is taken as a header and skipped; blank lines are ignored.
 */
export function parseScoreCsv(text: string, maxRows: number): Parsed<ScoredLabel[]> {
  const lines = text.split(/\r?\n/).map((l, i) => ({ cells: splitCells(l), row: i + 1 })).filter((l) => l.cells.length > 0);
  const first = lines.length > 0 ? parseNumber(lines[0]!.cells[0]!) : null;
  if (first && !first.ok && first.error.code === 'not-number') lines.shift();
  if (lines.length === 0) return { ok: false, error: { code: 'empty' } };
  if (lines.length > maxRows) return { ok: false, error: { code: 'too-many', max: maxRows } };
  const rows: ScoredLabel[] = [];
  for (const { cells, row } of lines) {
    if (cells.length !== 2) return { ok: false, error: { code: 'bad-row', row } };
    const score = parseNumber(cells[0]!);
    if (!score.ok) return { ok: false, error: score.error.code === 'not-finite' ? score.error : { code: 'bad-row', row } };
    if (cells[1] !== '0' && cells[1] !== '1') return { ok: false, error: { code: 'bad-label', row } };
    rows.push({ score: score.value, label: cells[1] === '1' ? 1 : 0 });
  }
  return { ok: true, value: rows };
}
