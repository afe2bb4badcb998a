import type { BilingualText } from '../classification/types.ts';
import { type BirthDate, birthYearOf } from './birth-date.ts';
import { type CccdProvince, cccdProvinces } from './cccd-provinces.ts';

/**
 * The 12-digit personal identification number on the CCCD / Căn cước card (NĐ 137/2015 Điều 13; Luật Căn cước
 * 2023 Điều 12): digits 1–3 the province (or country) of birth registration, digit 4 century + sex (0/1 = 1900s
 * male/female, 2/3 = 2000s, 4/5 = 2100s, …), digits 5–6 the last two digits of the birth year, 7–12 random (no
 * check digit). Digit-4 rows 0–3 are confirmed (mylaw.vn), rows 4–9 follow the same circular (not re-read).
 * Source table: data/reference-lists/cccd_province_codes.json.
 */

/** As in the contracts' person enums ('male' | 'female'). */
export type PersonSex = 'male' | 'female';

export type CccdIssueCode = 'empty' | 'not_digits' | 'length' | 'province' | 'century' | 'year' | 'sex';
export type CccdIssue = { code: CccdIssueCode } & BilingualText;

export type CccdParts = {
  provinceCode: string;
  /** null when the first three digits are not a known province code (e.g. a birth registered abroad). */
  province: CccdProvince | null;
  centuryDigit: number;
  sex: PersonSex;
  /** The birth year the number encodes (1900 + 100 × ⌊d4 / 2⌋ + digits 5–6). */
  birthYear: number;
};

export type CccdCheck = { valid: boolean; issues: CccdIssue[]; parts: CccdParts | null };

const byCode = new Map(cccdProvinces.map((p) => [p.code, p]));

/** Spaces, dots and hyphens people type inside the number are dropped; nothing else is changed. */
export const normalizeCccd = (s: string): string => s.replace(/[\s.-]/g, '');

/** Reads the parts of a 12-digit number (no consistency check). null when not 12 digits. */
export function parseCccd(number: string): CccdParts | null {
  if (!/^\d{12}$/.test(number)) return null;
  const provinceCode = number.slice(0, 3);
  const centuryDigit = Number(number[3]);
  return {
    provinceCode,
    province: byCode.get(provinceCode) ?? null,
    centuryDigit,
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + 100 * Math.floor(centuryDigit / 2) + Number(number.slice(4, 6)),
  };
}

const sexVi: Record<PersonSex, string> = { male: 'nam', female: 'nữ' };
const sexEn: Record<PersonSex, string> = { male: 'male', female: 'female' };
const centuryName = (d: number): BilingualText => {
  const from = 1900 + 100 * Math.floor(d / 2);
  return { vi: `${from}–${from + 99}`, en: `${from}–${from + 99}` };
};

/**
 * Checks a number (after normalizeCccd) and its consistency with the person's birth date and sex when given.
 * Every problem is listed with a message naming it in Vietnamese and English.
 */
export function validateCccd(
  input: string,
  person: { birthDate?: BirthDate | null; sex?: PersonSex | null } = {},
): CccdCheck {
  const number = normalizeCccd(input);
  const issues: CccdIssue[] = [];
  if (number === '') {
    return {
      valid: false,
      parts: null,
      issues: [{ code: 'empty', vi: 'Số CCCD không được để trống', en: 'The CCCD number is empty' }],
    };
  }
  if (!/^\d+$/.test(number)) {
    return {
      valid: false,
      parts: null,
      issues: [
        {
          code: 'not_digits',
          vi: 'Số CCCD chỉ gồm chữ số (0–9)',
          en: 'The CCCD number may contain digits (0–9) only',
        },
      ],
    };
  }
  if (number.length !== 12) {
    return {
      valid: false,
      parts: null,
      issues: [
        {
          code: 'length',
          vi: `Số CCCD phải có đúng 12 chữ số (đã nhập ${number.length})`,
          en: `The CCCD number must have exactly 12 digits (${number.length} given)`,
        },
      ],
    };
  }
  const parts = parseCccd(number) as CccdParts;
  if (!parts.province) {
    issues.push({
      code: 'province',
      vi: `Ba chữ số đầu của số CCCD (${parts.provinceCode}) không phải mã tỉnh, thành phố nơi đăng ký khai sinh`,
      en: `The first three digits of the CCCD number (${parts.provinceCode}) are not a province code of birth registration`,
    });
  }
  if (person.birthDate) {
    const year = birthYearOf(person.birthDate);
    const century = Math.floor((year - 1900) / 100);
    const expectedCentury = Math.floor(parts.centuryDigit / 2);
    if (year < 1900 || century !== expectedCentury) {
      const c = centuryName(parts.centuryDigit);
      issues.push({
        code: 'century',
        vi: `Chữ số thứ 4 của số CCCD (${parts.centuryDigit}) ứng với người sinh trong các năm ${c.vi}, nhưng năm sinh là ${year}`,
        en: `Digit 4 of the CCCD number (${parts.centuryDigit}) means born in ${c.en}, but the birth year is ${year}`,
      });
    } else if (year % 100 !== Number(number.slice(4, 6))) {
      issues.push({
        code: 'year',
        vi: `Chữ số thứ 5–6 của số CCCD (${number.slice(4, 6)}) phải là hai số cuối của năm sinh ${year} (${String(year % 100).padStart(2, '0')})`,
        en: `Digits 5–6 of the CCCD number (${number.slice(4, 6)}) must be the last two digits of the birth year ${year} (${String(year % 100).padStart(2, '0')})`,
      });
    }
  }
  if (person.sex && person.sex !== parts.sex) {
    issues.push({
      code: 'sex',
      vi: `Chữ số thứ 4 của số CCCD (${parts.centuryDigit}) là của người giới tính ${sexVi[parts.sex]}, nhưng giới tính đã nhập là ${sexVi[person.sex]}`,
      en: `Digit 4 of the CCCD number (${parts.centuryDigit}) is that of a ${sexEn[parts.sex]}, but the sex given is ${sexEn[person.sex]}`,
    });
  }
  return { valid: issues.length === 0, issues, parts };
}

/** The masked form shown to roles without need-to-know: first and last digit kept (0**********5). */
export const maskCccd = (number: string): string =>
  number.length < 2
    ? '*'.repeat(number.length)
    : `${number[0]}${'*'.repeat(number.length - 2)}${number.at(-1)}`;
