import type { ProgrammeStatus } from '@pcmt/contracts';

/**
 * The one transition table of a transformation programme (issue 8). A move not listed here is refused (409
 * naming the allowed ones).
 * - `evaluating → in_progress`: the evaluation sends the programme back to work before deciding.
 * - `succeeded` / `failed` are reached only through the evaluation (the checklist decides, see evaluation.ts).
 * - `failed → extended`: gia hạn, work goes on to a new end date and is evaluated again; `failed → closed`: the
 *   programme ends không đạt and a new programme follows (`previousProgrammeId`).
 * - `succeeded` is the watch (theo dõi) after success: `stable` once the watch period is over, `relapsed`
 *   (tái phức tạp) when the commune turns complex again within it.
 */
export const programmeTransitions: Readonly<Record<ProgrammeStatus, readonly ProgrammeStatus[]>> = {
  draft: ['approved'],
  approved: ['in_progress'],
  in_progress: ['evaluating'],
  evaluating: ['succeeded', 'failed', 'in_progress'],
  succeeded: ['stable', 'relapsed'],
  failed: ['extended', 'closed'],
  extended: ['evaluating'],
  closed: [],
  stable: [],
  relapsed: [],
};

export const allowedProgrammeTransitions = (from: ProgrammeStatus): readonly ProgrammeStatus[] =>
  programmeTransitions[from];

export const canTransitionProgramme = (from: ProgrammeStatus, to: ProgrammeStatus): boolean =>
  programmeTransitions[from].includes(to);

/** Moves decided by the evaluation checklist, not by a plain transition. */
export const evaluationOutcomes: readonly ProgrammeStatus[] = ['succeeded', 'failed'];

/** Statuses in which the plan is being carried out (monthly reports, tasks from plan items). */
export const workingProgrammeStatuses: readonly ProgrammeStatus[] = ['approved', 'in_progress', 'extended'];

/** Statuses in which monthly progress is reported (the evaluation month included). */
export const reportingProgrammeStatuses: readonly ProgrammeStatus[] = [
  'in_progress',
  'extended',
  'evaluating',
];

/** Statuses of a programme that is over (no more reports or plan items). */
export const finishedProgrammeStatuses: readonly ProgrammeStatus[] = ['closed', 'stable', 'relapsed'];

/**
 * Programme configuration: the usual period of a programme (PRODUCT.md: "typically 12 months"; Kon Tum
 * practice, xã Pờ Y 9/2021–9/2022) and the watch period after success during which a relapse is flagged
 * (DOMAIN.md e5 is an open question: configuration, default 12 months like the hotspot watch).
 */
export type ProgrammeRules = { periodMonths: number; watchMonths: number };
export const defaultProgrammeRules: ProgrammeRules = { periodMonths: 12, watchMonths: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day `months` later (clamped to the month's length: 31/1 + 1 month → 28 or 29/2). */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The day before `iso`. */
function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The default end of a programme starting on `from`: the eve of the same day `periodMonths` later. */
export const programmeEndsOn = (from: string, rules: ProgrammeRules = defaultProgrammeRules): string =>
  dayBefore(addMonths(from, rules.periodMonths));

/** The last day of the watch after success on `succeededOn`: the same day `watchMonths` later. */
export const programmeWatchEndsOn = (
  succeededOn: string,
  rules: ProgrammeRules = defaultProgrammeRules,
): string => addMonths(succeededOn, rules.watchMonths);

/** Is the programme being watched on `on` (succeeded, and the watch period not over)? */
export const isWatched = (p: { status: ProgrammeStatus; watchUntil: string | null }, on: string): boolean =>
  p.status === 'succeeded' && p.watchUntil !== null && on <= p.watchUntil;

export type PeriodProblem = { field: 'periodTo'; message: { vi: string; en: string } };

/** A period that ends before it starts is refused (a one-day period is odd but not impossible). */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (to >= from) return null;
  return {
    field: 'periodTo',
    message: {
      vi: 'Ngày kết thúc thời gian thực hiện không được trước ngày bắt đầu',
      en: 'The end of the period cannot be before its start',
    },
  };
}
