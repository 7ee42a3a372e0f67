import { describe, expect, it } from 'vitest';
import {
  corporateNumberCheckDigit,
  isValidCorporateNumber,
} from '../../../graph-import/format/corporate-number';

describe('corporate number (法人番号) check digit', () => {
  it('accepts published numbers', () => {
    // National Tax Agency's own corporate number, as published on its site.
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    // Toyota Motor Corporation, from the public corporate number register.
    expect(isValidCorporateNumber('1180301018771')).toBe(true);
  });

  it('computes the check digit from the 12-digit base', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(corporateNumberCheckDigit('180301018771')).toBe(1);
  });

  it('rejects a wrong check digit, a wrong length and non-digits', () => {
    expect(isValidCorporateNumber('8000012050002')).toBe(false);
    expect(isValidCorporateNumber('700001205000')).toBe(false);
    expect(isValidCorporateNumber('70000120500021')).toBe(false);
    expect(isValidCorporateNumber('7000012O50002')).toBe(false);
  });
});
