import { describe, expect, it } from 'vitest';
import { parseBirthDate } from './birth-date.ts';
import { maskCccd, parseCccd, validateCccd } from './cccd.ts';

const born = (s: string) => parseBirthDate(s)!;

describe('CCCD validation', () => {
  it('accepts numbers consistent with province, century, year and sex', () => {
    expect(validateCccd('062090001234', { birthDate: born('1990-05-12'), sex: 'male' }).valid).toBe(true);
    expect(validateCccd('051195001234', { birthDate: born('1995'), sex: 'female' }).valid).toBe(true);
    expect(validateCccd('062205001234', { birthDate: born('2005-01-01'), sex: 'male' }).valid).toBe(true);
    expect(validateCccd('062312001234', { birthDate: born('2012-12-31'), sex: 'female' }).valid).toBe(true);
    expect(validateCccd('062 090 001 234').valid).toBe(true); // spaces typed inside are dropped
  });

  it('reads the parts', () => {
    expect(parseCccd('062312001234')).toMatchObject({
      provinceCode: '062',
      centuryDigit: 3,
      sex: 'female',
      birthYear: 2012,
    });
    expect(parseCccd('001400001234')?.birthYear).toBe(2100);
  });

  it('refuses a wrong length, letters and an empty number', () => {
    expect(validateCccd('06209000123').issues.map((i) => i.code)).toEqual(['length']);
    expect(validateCccd('06209000123').issues[0]!.vi).toBe('Số CCCD phải có đúng 12 chữ số (đã nhập 11)');
    expect(validateCccd('0620900012345').issues[0]!.code).toBe('length');
    expect(validateCccd('06209000123A').issues.map((i) => i.code)).toEqual(['not_digits']);
    expect(validateCccd('').issues.map((i) => i.code)).toEqual(['empty']);
  });

  it('refuses an unknown province code (003 is not a province; abroad codes unsupported)', () => {
    const r = validateCccd('003090001234');
    expect(r.valid).toBe(false);
    expect(r.issues[0]!.code).toBe('province');
    expect(r.issues[0]!.vi).toContain('(003)');
    expect(r.issues[0]!.en).toContain('province code');
  });

  it('refuses a century digit inconsistent with the birth year', () => {
    const r = validateCccd('062290001234', { birthDate: born('1990-05-12'), sex: 'male' });
    expect(r.issues.map((i) => i.code)).toEqual(['century']);
    expect(r.issues[0]!.vi).toBe(
      'Chữ số thứ 4 của số CCCD (2) ứng với người sinh trong các năm 2000–2099, nhưng năm sinh là 1990',
    );
    expect(validateCccd('062099001234', { birthDate: born('2099-01-01') }).issues[0]!.code).toBe('century');
    expect(validateCccd('062200001234', { birthDate: born('2000-01-01') }).valid).toBe(true);
    expect(validateCccd('062099001234', { birthDate: born('1999-12-31') }).valid).toBe(true);
  });

  it('refuses year digits that are not the last two of the birth year', () => {
    const r = validateCccd('062091001234', { birthDate: born('1990-05-12') });
    expect(r.issues.map((i) => i.code)).toEqual(['year']);
    expect(r.issues[0]!.en).toContain('(91)');
    expect(r.issues[0]!.en).toContain('(90)');
  });

  it('refuses a sex that does not match digit 4', () => {
    const r = validateCccd('062190001234', { birthDate: born('1990-05-12'), sex: 'male' });
    expect(r.issues.map((i) => i.code)).toEqual(['sex']);
    expect(r.issues[0]!.vi).toBe(
      'Chữ số thứ 4 của số CCCD (1) là của người giới tính nữ, nhưng giới tính đã nhập là nam',
    );
  });

  it('lists several problems at once', () => {
    const r = validateCccd('099390001234', { birthDate: born('1990-05-12'), sex: 'male' });
    expect(r.issues.map((i) => i.code)).toEqual(['province', 'century', 'sex']);
  });

  it('masks all but the first and last digit', () => {
    expect(maskCccd('062090001235')).toBe('0**********5');
  });
});
