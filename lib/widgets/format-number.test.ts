import { describe, expect, it } from 'vitest';
import { formatNumber, formatPrecision, formatSignificant } from './format-number';

describe('formatNumber', () => {
  it('uses fixed decimals normally and exponents for tiny or huge values', () => {
    expect(formatNumber(0.468311)).toBe('0.4683');
    expect(formatNumber(16)).toBe('16');
    expect(formatNumber(0.09, 4, false)).toBe('0.0900');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(6.0337e-6)).toBe('6.034e-6');
    expect(formatNumber(9.674e-3, 4, false)).toBe('0.0097');
    expect(formatNumber(1e308)).toBe('1e+308');
    expect(formatNumber(1e308, 4, false)).toBe('1.000e+308');
    expect(formatNumber(0.0159, 4, false)).toBe('0.0159');
    expect(formatNumber(0.00005, 4, false)).toBe('5.000e-5');
  });

  it('gives exact readouts significant digits when tiny', () => {
    expect(formatSignificant(6.03366e-6)).toBe('6.03366e-6');
    expect(formatSignificant(-2.5e-9)).toBe('−2.5e-9');
    expect(formatSignificant(0.0633789)).toBe('0.063379');
    expect(formatSignificant(0)).toBe('0');
  });

  it('never prints NaN', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('formatPrecision', () => {
  it('keeps four significant digits across decades', () => {
    expect([0.00105361, 0.1053605, 2.302585, 105.3605, -0.0105361, 1.0536e-6, 0, 12345678].map((x) => formatPrecision(x))).toEqual(['0.001054', '0.1054', '2.303', '105.4', '−0.01054', '1.054e-6', '0', '1.235e+7']);
  });
});
