import { describe, expect, it } from 'vitest';
import {
  formatReceiptCode,
  isReceiptCodeWellFormed,
  normaliseReceiptCode,
  receiptCheckDigit,
  receiptCodeFromRandomDigits,
} from './receipt-code.ts';

/** Deterministic digits (a linear congruential generator): tests must not depend on chance. */
function* digitStrings(count: number): Generator<string> {
  let x = 20250110;
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let i = 0; i < 15; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += String(Math.floor((x / 2147483648) * 10));
    }
    yield s;
  }
}

describe('receipt code (16 digits, Damm check digit)', () => {
  it('builds, normalises and formats codes', () => {
    const code = receiptCodeFromRandomDigits('123456789012345');
    expect(code).toBe(`123456789012345${receiptCheckDigit('123456789012345')}`);
    expect(code).toHaveLength(16);
    expect(receiptCheckDigit('572')).toBe('4'); // the published Damm example
    expect(formatReceiptCode(code)).toBe(`1234 5678 9012 345${code[15]}`);
    expect(normaliseReceiptCode(` 1234-5678 9012.345${code[15]} `)).toBe(code);
    expect(normaliseReceiptCode('１２３４５６７８９０１２３４５６')).toBe('1234567890123456'); // full-width
    expect(normaliseReceiptCode('1234 5678 9012 345')).toBeNull();
    expect(normaliseReceiptCode('1234 5678 9012 345a')).toBeNull();
    expect(isReceiptCodeWellFormed(formatReceiptCode(code))).toBe(true);
    expect(formatReceiptCode('abc')).toBe('abc');
    expect(() => receiptCodeFromRandomDigits('12345678901234')).toThrow(RangeError);
  });
  it('catches every single-digit error and every adjacent transposition', () => {
    let checked = 0;
    for (const digits of digitStrings(200)) {
      const code = receiptCodeFromRandomDigits(digits);
      expect(isReceiptCodeWellFormed(code)).toBe(true);
      for (let i = 0; i < 16; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[i]) continue;
          const typo = code.slice(0, i) + d + code.slice(i + 1);
          expect(isReceiptCodeWellFormed(typo)).toBe(false);
          checked++;
        }
        if (i < 15 && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(isReceiptCodeWellFormed(swapped)).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200 * 16 * 9);
  });
  it('catches 09 ↔ 90, which Luhn misses', () => {
    const code = receiptCodeFromRandomDigits('090000000000000');
    expect(isReceiptCodeWellFormed(`90${code.slice(2)}`)).toBe(false);
  });
});
