import { ui } from '@/lib/ui-text/zh';
import { formatNumber } from './format-number';
import type { InputError } from './parse-input';

const t = ui.widgets.common.input;

/** The Chinese message for a parse error. */
export function inputMessage(e: InputError): string {
  switch (e.code) {
    case 'empty':
      return t.empty;
    case 'not-number':
      return t.notNumber(e.text);
    case 'not-finite':
      return t.notFinite;
    case 'out-of-range':
      return t.outOfRange(formatNumber(e.min, 6), formatNumber(e.max, 6));
    case 'not-integer':
      return t.notInteger;
    case 'too-many':
      return t.tooMany(e.max);
    case 'ragged':
      return t.ragged(e.row, e.expected, e.got);
    case 'bad-label':
      return t.badLabel(e.row);
    case 'bad-row':
      return t.badRow(e.row);
  }
}
