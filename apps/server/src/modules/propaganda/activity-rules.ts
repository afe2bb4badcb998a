import type { ActivityStatus } from '@pcmt/contracts';
import { invalid } from '../../platform/errors.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A date of the register: not before the first unit data (31/8/2004); planned ones may lie ahead. */
export function assertActivityDate(path: string, on: string): void {
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
}

/**
 * The status a new record starts in: the officer's choice, else held once its day has come. A session still
 * ahead cannot be held; a held one needs its participants counted (the report's "lượt người tham dự").
 */
export function initialStatus(
  asked: 'planned' | 'held' | undefined,
  on: string,
  today: string,
  heldInFuture: 'propaganda.heldInFuture' | 'mass_event.heldInFuture',
): ActivityStatus {
  const status = asked ?? (on <= today ? 'held' : 'planned');
  if (status === 'held' && on > today) throw invalid('status', heldInFuture, { date: vnDate(on) });
  return status;
}

/** "Other" ticked in a list needs its text, so the report can say what it was. */
export function assertOtherText(
  list: readonly string[] | undefined,
  text: string | null | undefined,
  path: string,
) {
  if (list?.includes('other') && !text) throw invalid(path, 'propaganda.otherTextRequired');
}
