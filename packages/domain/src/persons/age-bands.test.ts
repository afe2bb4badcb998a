import { describe, expect, it } from 'vitest';
import { ageBandOfAge, ageBandOn, defaultAgeBandRules } from './age-bands.ts';
import { ageOn, completedYears, parseBirthDate } from './birth-date.ts';

const born = (s: string) => parseBirthDate(s)!;

describe('age', () => {
  it('counts completed years; the birthday counts on its day', () => {
    expect(completedYears('2008-07-01', '2026-06-30')).toBe(17);
    expect(completedYears('2008-07-01', '2026-07-01')).toBe(18);
    expect(completedYears('2008-02-29', '2026-02-27')).toBe(17);
    expect(completedYears('2008-02-29', '2026-02-28')).toBe(18);
  });

  it('gives the range of a year-only birth date and takes 31/12 by default', () => {
    expect(ageOn(born('2008'), '2026-06-30')).toEqual({ years: 17, min: 17, max: 18, exact: false });
    expect(ageOn(born('2008'), '2026-12-31')).toEqual({ years: 18, min: 18, max: 18, exact: true });
    expect(ageOn(born('2008'), '2026-06-30', 'start_of_year').years).toBe(18);
  });
});

describe('QĐ 127/2009 (QĐ 13/2019) age bands', () => {
  it('bands by completed years, half-open', () => {
    expect([13, 14, 15, 16, 17, 18, 29, 30, 31].map((a) => ageBandOfAge(a))).toEqual([
      'under_14',
      '14_to_16',
      '14_to_16',
      '16_to_18',
      '16_to_18',
      '18_to_30',
      '18_to_30',
      '30_plus',
      '30_plus',
    ]);
    expect(ageBandOfAge(30, { ...defaultAgeBandRules, thirtyBelongsTo: '18_to_30' })).toBe('18_to_30');
  });

  it('bands on a reference date, at each birthday boundary', () => {
    expect(ageBandOn(born('2012-07-01'), '2026-06-30')).toBe('under_14');
    expect(ageBandOn(born('2012-07-01'), '2026-07-01')).toBe('14_to_16');
    expect(ageBandOn(born('2010-07-01'), '2026-07-01')).toBe('16_to_18');
    expect(ageBandOn(born('2008-07-01'), '2026-06-30')).toBe('16_to_18');
    expect(ageBandOn(born('2008-07-01'), '2026-07-01')).toBe('18_to_30');
    expect(ageBandOn(born('1996-07-01'), '2026-06-30')).toBe('18_to_30');
    expect(ageBandOn(born('1996-07-01'), '2026-07-01')).toBe('30_plus');
  });

  it('bands a year-only birth date as born on 31/12 unless configured', () => {
    expect(ageBandOn(born('2008'), '2026-06-30')).toBe('16_to_18');
    expect(ageBandOn(born('2008'), '2026-12-31')).toBe('18_to_30');
    expect(ageBandOn(born('2008'), '2026-06-30', { ...defaultAgeBandRules, yearOnly: 'start_of_year' })).toBe(
      '18_to_30',
    );
  });
});
