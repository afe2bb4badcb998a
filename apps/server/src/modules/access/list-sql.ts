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
/** Letter → bare letter, for folding what the user types (the stored side is folded in SQL). */
const BARE = new Map(pairs);

/** "Đăk Hà" → "dak ha", as `pcmt_fold()` folds the stored text. */
export const foldText = (s: string): string =>
  [...s.normalize('NFC')]
    .map((c) => BARE.get(c) ?? c)
    .join('')
    .toLowerCase();

/**
 * Accent- and case-insensitive "contains" for list searches: "dak ha" finds "Đăk Hà". The stored text goes
 * through `pcmt_fold()` (migration 0005: immutable `unaccent` + `lower`, the registers' search function), the
 * typed needle through `foldText`; LIKE metacharacters typed by the user are escaped. Pass several columns to
 * fold them once, joined (one call per row instead of one per column).
 */
export const foldedContains = (columns: AnyPgColumn | SQL | (AnyPgColumn | SQL)[], needle: string): SQL => {
  const list = Array.isArray(columns) ? columns : [columns];
  const text = sql.join(
    list.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );
  return sql`pcmt_fold(${text}) like ${`%${foldText(needle).replace(/[%_\\]/g, '\\$&')}%`}`;
};
