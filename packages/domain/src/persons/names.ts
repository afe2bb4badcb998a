import type { BirthDate } from './birth-date.ts';
import { birthYearOf } from './birth-date.ts';

/**
 * Person names: stored as entered in NFC with single spaces; searched and matched through a fold that drops
 * diacritics and case, so "nguyen van hoa" finds "Nguyễn Văn Hoà", "NGUYỄN VĂN HÒA", and both tone placements
 * ("Hòa"/"Hoà", "Thủy"/"Thuỷ" — old and new style, QĐ 1989/QĐ-BGDĐT Điều 8) fold alike because the tone mark is
 * dropped wherever it sits.
 */

/** NFC, trimmed, inner whitespace runs → one space. What the register stores. */
export const normalizePersonName = (s: string): string => s.normalize('NFC').trim().replace(/\s+/gu, ' ');

/**
 * The search fold, equal to the server's `pcmt_fold()` (migration 0005: `lower(unaccent(x))`) for Vietnamese
 * text once NFC-normalised: Vietnamese letters lose their marks (đ → d), then lower case. Whitespace and
 * punctuation are kept as they are, exactly like pcmt_fold. fold-pairs.ts lists inputs and expected folds that
 * both sides test against.
 */
export const foldSearchText = (s: string): string =>
  s
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/**
 * The matching key of a name: the search fold, with apostrophes dropped (H'Hen = Hhen), other punctuation as a
 * space, and whitespace collapsed. Used for duplicate candidates and for "contains" matching of typed names.
 */
export const personNameKey = (s: string): string =>
  foldSearchText(s)
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when the typed text, folded, is contained in the folded name: "van hoa" finds "Nguyễn Văn Hoà". */
export const personNameMatches = (name: string, query: string): boolean =>
  personNameKey(name).includes(personNameKey(query));

/**
 * The duplicate-candidate key (fuzzy): folded name + birth year. Two records are candidates when their keys are
 * equal and, if both birth dates are known to the day, the days agree (isDuplicateCandidate). The server can
 * store and index this key; the CCCD duplicate check is exact and separate (blind index).
 */
export function duplicateKey(name: string, birthDate: BirthDate | null): string {
  return `${personNameKey(name)}|${birthDate ? birthYearOf(birthDate) : ''}`;
}

export function isDuplicateCandidate(
  a: { fullName: string; birthDate: BirthDate | null },
  b: { fullName: string; birthDate: BirthDate | null },
): boolean {
  if (personNameKey(a.fullName) !== personNameKey(b.fullName)) return false;
  if (!a.birthDate || !b.birthDate) return false;
  if (birthYearOf(a.birthDate) !== birthYearOf(b.birthDate)) return false;
  if (a.birthDate.precision === 'day' && b.birthDate.precision === 'day')
    return a.birthDate.date === b.birthDate.date;
  return true;
}
