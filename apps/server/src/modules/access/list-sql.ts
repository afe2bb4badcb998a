import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Every Vietnamese letter with a diacritic (both cases, NFC) and its bare Latin letter. */
const pairs: [string, string][] = [
  ['đ', 'd'],
  ['Đ', 'D'],
];
for (const v of VOWELS) {
  const base = v.normalize('NFD').replace(/\p{M}/gu, '');
  for (const tone of ['', ...TONES]) {
    const letter = (v + tone).normalize('NFC');
    if (letter !== base) pairs.push([letter, base], [letter.toUpperCase(), base.toUpperCase()]);
  }
}
const FROM = pairs.map(([f]) => f).join('');
const TO = pairs.map(([, t]) => t).join('');

/** "Đăk Hà" → "dak ha": what both the stored text (in SQL) and the typed needle are compared as. */
export const foldText = (s: string): string =>
  [...s.normalize('NFC')]
    .map((c) => TO[FROM.indexOf(c)] ?? c)
    .join('')
    .toLowerCase();

/**
 * Accent- and case-insensitive "contains" for list searches: "dak ha" finds "Đăk Hà". `translate` with a
 * fixed Vietnamese table (stored text is NFC) is a plain builtin, several times cheaper per row than
 * `unaccent`, and behaves the same on PGlite and PostgreSQL whatever their locale. LIKE metacharacters
 * typed by the user are escaped.
 */
export const foldedContains = (column: AnyPgColumn | SQL, needle: string): SQL =>
  sql`lower(translate(${column}, ${FROM}, ${TO})) like ${`%${foldText(needle).replace(/[%_\\]/g, '\\$&')}%`}`;
