import type { IsoDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';
import { ageOn, type BirthDate, type YearOnlyRule } from './birth-date.ts';

/**
 * Age bands of the national statistical regime on drugs (QĐ 127/2009/QĐ-TTg amended by QĐ 13/2019/QĐ-TTg,
 * consolidated 04/VBHN-BCA): < 14, 14–< 16, 16–< 18, 18–30, ≥ 30 (reference/vn-systems.md). The summary read
 * gives "18–30" and "≥ 30", which overlap at 30; the bands are taken as half-open like the others (18 to under
 * 30, 30 and over), the usual wording of Vietnamese statistical forms ("từ 18 đến dưới 30", "từ 30 trở lên") —
 * unconfirmed against the form itself, so `thirtyBelongsTo` is a setting.
 */
export const ageBands = ['under_14', '14_to_16', '16_to_18', '18_to_30', '30_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBandLabel: Readonly<Record<AgeBand, BilingualText>> = {
  under_14: { vi: 'Dưới 14 tuổi', en: 'Under 14' },
  '14_to_16': { vi: 'Từ 14 đến dưới 16 tuổi', en: '14 to under 16' },
  '16_to_18': { vi: 'Từ 16 đến dưới 18 tuổi', en: '16 to under 18' },
  '18_to_30': { vi: 'Từ 18 đến dưới 30 tuổi', en: '18 to under 30' },
  '30_plus': { vi: 'Từ 30 tuổi trở lên', en: '30 and over' },
};

export type AgeBandRules = {
  /** The band a person aged exactly 30 falls in (default '30_plus'). */
  thirtyBelongsTo: '18_to_30' | '30_plus';
  /** How a year-only birth date counts (default 31/12 of the year). */
  yearOnly: YearOnlyRule;
  source: string;
};

export const defaultAgeBandRules: AgeBandRules = {
  thirtyBelongsTo: '30_plus',
  yearOnly: 'end_of_year',
  source: 'QĐ 127/2009/QĐ-TTg, sửa đổi bởi QĐ 13/2019/QĐ-TTg (04/VBHN-BCA) — unconfirmed boundary at 30',
};

export function ageBandOfAge(age: number, rules: AgeBandRules = defaultAgeBandRules): AgeBand {
  if (age < 14) return 'under_14';
  if (age < 16) return '14_to_16';
  if (age < 18) return '16_to_18';
  if (age < 30) return '18_to_30';
  if (age === 30) return rules.thirtyBelongsTo;
  return '30_plus';
}

/** The band of a person born `birth` (full or year-only) on the reference date `on`. */
export function ageBandOn(birth: BirthDate, on: IsoDate, rules: AgeBandRules = defaultAgeBandRules): AgeBand {
  return ageBandOfAge(ageOn(birth, on, rules.yearOnly).years, rules);
}
