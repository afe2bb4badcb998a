import { addMonthsClamped, daysBetween, type IsoDate } from '../calendar/dates.ts';
import { defaultTipRuleSet, type TipClosure, type TipRuleSet } from './rules.ts';

/**
 * Retention of closed tips (reporter identity included): kept a configured number of years after closure, per
 * closure kind. No period for tip records was found in the texts read (DOMAIN.md open question 18), so all values
 * are configuration. This only says where a record stands; nothing here deletes — an expired record is listed for
 * a person to decide (destroy with a record of it, or keep longer), never removed silently.
 */

export type TipRetentionPolicy = { years: number; warnDays: number };
export type RetentionState = 'ok' | 'warn' | 'expired';

/** The policy for one closure kind from the rule set. */
export const tipRetentionPolicy = (
  closure: TipClosure,
  rules: TipRuleSet = defaultTipRuleSet,
): TipRetentionPolicy => ({
  years: rules.retentionYears.value[closure],
  warnDays: rules.retentionWarnDays.value,
});

/** The last day of retention: the same day `years` later (29/02 → 28/02 in a common year). */
export const retentionEndsOn = (closedOn: IsoDate, years: number): IsoDate =>
  addMonthsClamped(closedOn, years * 12);

/** ok; warn from `warnDays` before the last day (inclusive); expired from the day after the last day. */
export function retentionState(
  closedOn: IsoDate,
  today: IsoDate,
  policy: TipRetentionPolicy,
): RetentionState {
  const left = daysBetween(today, retentionEndsOn(closedOn, policy.years));
  if (left < 0) return 'expired';
  return left <= policy.warnDays ? 'warn' : 'ok';
}
