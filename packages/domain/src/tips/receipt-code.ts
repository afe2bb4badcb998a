/**
 * The 16-digit receipt code (mã tiếp nhận) a reporter keeps to follow an anonymous tip: 15 random digits drawn by
 * the server plus one Damm check digit. Damm (a totally anti-symmetric quasigroup of order 10) catches every
 * single-digit error and every adjacent transposition — Luhn misses 09↔90 — so most typos are refused before a
 * rate-limited server lookup. The check digit adds no secrecy: the 15 random digits (~50 bits) are the secret, and
 * the server stores only a hash. Displayed in groups of four: 1234 5678 9012 3456.
 */

export const RECEIPT_CODE_LENGTH = 16;

const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm interim digit of a digit string (0 = the string, check digit included, is valid). */
function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![ch.charCodeAt(0) - 48]!;
  return interim;
}

/** The Damm check digit of `digits` (only 0–9). */
export function receiptCheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new RangeError('Chỉ gồm chữ số / digits only');
  return String(dammInterim(digits));
}

/**
 * The code as typed, reduced to its digits: spaces, dashes, dots and underscores dropped, full-width digits
 * (Vietnamese IMEs, copy from some apps) folded by NFKC. null when anything else is left or the length is wrong.
 */
export function normaliseReceiptCode(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/[\s\-–—._]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

/** Well-formed: 16 digits (after normalising) whose Damm check passes. Says nothing about whether it exists. */
export function isReceiptCodeWellFormed(input: string): boolean {
  const code = normaliseReceiptCode(input);
  return code !== null && dammInterim(code) === 0;
}

/** `1234 5678 9012 3456` (the input normalised first); the input unchanged when it is not 16 digits. */
export function formatReceiptCode(input: string): string {
  const code = normaliseReceiptCode(input);
  return code === null ? input : (code.match(/\d{4}/g) as string[]).join(' ');
}

/** The full code from 15 random digits (drawn by the server with a CSPRNG): the digits plus their check digit. */
export function receiptCodeFromRandomDigits(digits15: string): string {
  if (!/^\d{15}$/.test(digits15)) throw new RangeError('Cần đúng 15 chữ số / exactly 15 digits expected');
  return digits15 + receiptCheckDigit(digits15);
}
