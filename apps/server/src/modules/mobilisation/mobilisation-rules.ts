import { invalid } from '../../platform/errors.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** A date of the register: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(path: string, on: string | null | undefined, today: string): void {
  if (!on) return;
  if (on > today) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
}

/** The statistics period: default 1 January of `to`'s year to today, at most 10 years, in order. */
export function statsPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string; tooLong: boolean } {
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid('to', 'date.endBeforeStart');
  return { from, to, tooLong: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10 };
}

/** `%text%` for a LIKE on a folded column, with the LIKE metacharacters escaped. */
export const likeFolded = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;
