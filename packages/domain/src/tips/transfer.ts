import { type IsoDate, isCalendarDate } from '../calendar/dates.ts';
import { defaultTipRuleSet, type TipRuleSet } from './rules.ts';

/**
 * The commune-police transfer window (TTLT 01/2017 Điều 4 k2; BLTTHS Điều 146 k3 as amended by Luật 02/2021):
 * a tip received by a commune police must reach the competent investigation body within 24 hours, 48 hours for a
 * remote / isolated / island commune. A limit in hours runs from the moment of receipt, round the clock: no
 * day-off rule (Điều 134 k1 moves only day and month ends). Vietnam keeps UTC+7 all year (no daylight saving),
 * so a fixed offset is exact.
 */

export const VN_UTC_OFFSET_MINUTES = 7 * 60;
const HOUR = 3_600_000;

const LOCAL_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?$/;
const ZONED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from a Date or an ISO date-time. A date-time without offset is wall-clock time in Asia/Ho_Chi_Minh;
 * with `Z` or an offset it is taken as written. Throws RangeError on anything else.
 */
export function parseVnDateTime(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Thời điểm không hợp lệ / invalid instant');
    return value;
  }
  const local = LOCAL_RE.exec(value);
  if (local) {
    const [, date, hh, mm, ss, frac] = local as unknown as [string, string, string, string, string?, string?];
    if (!isCalendarDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59)
      throw new RangeError(`Thời điểm không hợp lệ / invalid date-time: ${value}`);
    return new Date(`${date}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}+07:00`);
  }
  const t = ZONED_RE.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t) || !isCalendarDate(value.slice(0, 10)))
    throw new RangeError(`Thời điểm không hợp lệ / invalid date-time: ${value}`);
  return new Date(t);
}

/** The calendar day in Vietnam of an instant (what `tipDeadlines` takes as `receivedOn`). */
export function vnDateOf(at: Date | string): IsoDate {
  const t = parseVnDateTime(at).getTime() + VN_UTC_OFFSET_MINUTES * 60_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** dd/mm/yyyy HH:mm in Vietnam time, for texts and the inbox. */
export function formatVnDateTime(at: Date | string): string {
  const iso = new Date(parseVnDateTime(at).getTime() + VN_UTC_OFFSET_MINUTES * 60_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** Is the commune (by unit code) on the province's list of remote communes? */
export const isRemoteCommune = (unitCode: string, rules: TipRuleSet = defaultTipRuleSet): boolean =>
  rules.remoteCommuneUnitCodes.value.includes(unitCode);

/** Hours the commune police have to pass the tip on. */
export const tipTransferHours = (remote: boolean, rules: TipRuleSet = defaultTipRuleSet): number =>
  remote ? rules.remoteTransferHours.value : rules.transferHours.value;

/** The instant by which a tip received at `receivedAt` must have been passed on (24 h, or 48 h when remote). */
export function tipTransferDueAt(
  receivedAt: Date | string,
  remote: boolean,
  rules: TipRuleSet = defaultTipRuleSet,
): Date {
  return new Date(parseVnDateTime(receivedAt).getTime() + tipTransferHours(remote, rules) * HOUR);
}

export type TipTransferState = 'ok' | 'due_soon' | 'overdue' | 'done' | 'done_late';

/**
 * Where the transfer window stands at `now`: passed on in time (`done`) or late (`done_late`), else `ok`,
 * `due_soon` (transferWarnHours or fewer left) or `overdue`. The window's last instant still counts as in time.
 */
export function tipTransferState(
  input: {
    receivedAt: Date | string;
    remote: boolean;
    now: Date | string;
    transferredAt?: Date | string | null;
  },
  rules: TipRuleSet = defaultTipRuleSet,
): TipTransferState {
  const due = tipTransferDueAt(input.receivedAt, input.remote, rules).getTime();
  if (input.transferredAt != null)
    return parseVnDateTime(input.transferredAt).getTime() <= due ? 'done' : 'done_late';
  const left = due - parseVnDateTime(input.now).getTime();
  if (left < 0) return 'overdue';
  return left <= rules.transferWarnHours.value * HOUR ? 'due_soon' : 'ok';
}
