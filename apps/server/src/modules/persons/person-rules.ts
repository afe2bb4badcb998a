import type { PersonCreate, PersonUpdate } from '@pcmt/contracts';
import { duplicateKey, ethnicGroups, normalizePersonName, parseBirthDate, validateCccd } from '@pcmt/domain';
import { AppError, invalid, issue } from '../../platform/errors.ts';

/**
 * The checks of a person's facts before anything is written (400 naming the field): birth date or year, not in
 * the future; ethnicity among the 54 groups; the CCCD's structure and its consistency with birth year and sex
 * (the domain's `validateCccd`); first use not before birth nor in the future.
 */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const ethnicCodes = new Set(ethnicGroups.map((g) => g.code));

export type PersonFacts = {
  fullName: string;
  birthDate: string | null;
  birthPrecision: 'day' | 'year' | null;
  dupKey: string;
};

export function checkPersonFacts(input: PersonCreate | PersonUpdate, today: string): PersonFacts {
  if (input.birthDate && input.birthYear) throw invalid('birthYear', 'person.birthDateOrYear');
  if (input.birthDate && input.birthDate > today) throw invalid('birthDate', 'person.birthInFuture');
  if (input.birthYear && input.birthYear > Number(today.slice(0, 4)))
    throw invalid('birthYear', 'person.birthYearInFuture');
  const birth = input.birthDate
    ? parseBirthDate(input.birthDate, 'day')
    : input.birthYear
      ? parseBirthDate(String(input.birthYear), 'year')
      : null;
  if (input.ethnicity && !ethnicCodes.has(input.ethnicity))
    throw invalid('ethnicity', 'person.ethnicityUnknown', { code: input.ethnicity });
  if (input.cccd) {
    const check = validateCccd(input.cccd, { birthDate: birth, sex: input.sex });
    if (!check.valid) {
      const reasons = check.issues.map((i) => ({ vi: i.vi, en: i.en }));
      throw new AppError(
        'validation_failed',
        'person.cccdInvalid',
        { reason: reasons[0]! },
        { details: reasons.map((reason) => issue('cccd', 'person.cccdInvalid', { reason })) },
      );
    }
  }
  const birthYear = birth ? Number(birth.date.slice(0, 4)) : null;
  if (input.firstUseYear) {
    if (input.firstUseYear > Number(today.slice(0, 4)))
      throw invalid('firstUseYear', 'person.firstUseInFuture');
    if (birthYear && input.firstUseYear < birthYear)
      throw invalid('firstUseYear', 'person.firstUseBeforeBirth');
  }
  if (input.residenceSince) {
    if (input.residenceSince > today) throw invalid('residenceSince', 'date.notAfterToday');
    if (birth?.precision === 'day' && input.residenceSince < birth.date)
      throw invalid('residenceSince', 'person.residenceBeforeBirth');
  }
  const fullName = normalizePersonName(input.fullName);
  return {
    fullName,
    birthDate: birth?.date ?? null,
    birthPrecision: birth?.precision ?? null,
    dupKey: duplicateKey(fullName, birth),
  };
}

/** A dated fact of the person (test, determination, status): not in the future, not before birth. */
export function checkPersonDate(
  path: string,
  on: string,
  today: string,
  birth: { date: string; precision: string | null } | null,
) {
  if (on > today) throw invalid(path, 'date.notAfterToday');
  const born = birth ? (birth.precision === 'year' ? `${birth.date.slice(0, 4)}-01-01` : birth.date) : null;
  if (born && on < born) throw invalid(path, 'person.beforeBirth', { date: vnDate(born) });
}

export { vnDate };

/** A unique-key violation from either driver (drizzle wraps the driver's error in `cause`). */
export const isUniqueViolation = (e: unknown): boolean => {
  const code = (x: unknown) => (x as { code?: string } | null)?.code;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
};
