import { invalid } from '../../platform/errors.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** A message for a date earlier than the one it follows (its `{date}` is that one). */
type NotBefore = 'key_area.dateBeforeClassification' | 'key_area.dateBeforeDecision';

/** Legal dates here: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(
  path: string,
  on: string,
  today: string,
  after?: { date: string; messageId: NotBefore },
) {
  if (on > today) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
  if (after && on < after.date) throw invalid(path, after.messageId, { date: vnDate(after.date) });
}
