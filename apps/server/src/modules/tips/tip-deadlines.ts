import type { TipDeadlineStateCode, TipDeadlineSummary, TipRetentionStateCode } from '@pcmt/contracts';
import {
  addDays,
  type IsoDate,
  isTipClosed,
  retentionEndsOn,
  retentionState,
  type TipClosure,
  type TipDeadlineProblem,
  type TipDeadlines,
  type TipRuleSet,
  type TipStatus,
  tipDaysLeft,
  tipDeadlineProblems,
  tipDeadlineState,
  tipDeadlines,
  tipRetentionPolicy,
  tipTransferState,
} from '@pcmt/domain';
import type { TipExtensionRow, TipSuspensionRow } from '../../platform/db/schema/index.ts';

/** The tip's dated events as the domain takes them (`packages/domain/src/tips/deadlines.ts`). */
export type TipTimers = {
  receivedOn: IsoDate;
  extensions: readonly TipExtensionRow[];
  suspensions: readonly TipSuspensionRow[];
};

const domainInput = (t: TipTimers, rules: TipRuleSet) => ({
  receivedOn: t.receivedOn,
  rules,
  extensions: t.extensions.map((e) => ({ kind: e.kind, months: e.months, decidedOn: e.on })),
  suspendedPeriods: t.suspensions.map((s) => ({
    suspendedOn: s.on,
    resumedOn: s.resumedOn,
    ...(s.resumedBy ? { resumedBy: s.resumedBy } : {}),
  })),
});

/** The deadlines (throws the domain's TipDeadlineError on a broken sequence: callers check `problemsOf` first). */
export const deadlinesOf = (t: TipTimers, rules: TipRuleSet): TipDeadlines =>
  tipDeadlines(domainInput(t, rules));

/** What would be wrong with these events (empty = valid). */
export const problemsOf = (t: TipTimers, rules: TipRuleSet): TipDeadlineProblem[] =>
  tipDeadlineProblems(domainInput(t, rules));

export type TipClock = { today: IsoDate; now: Date };

/** Where the deadline stands for the inbox. */
export function deadlineState(status: TipStatus, dueOn: IsoDate, today: IsoDate, rules: TipRuleSet) {
  if (isTipClosed(status)) return 'closed' as TipDeadlineStateCode;
  if (status === 'suspended') return 'suspended' as TipDeadlineStateCode;
  return tipDeadlineState(dueOn, today, rules.deadlineWarnDays.value) as TipDeadlineStateCode;
}

export function deadlineSummary(
  t: TipTimers & {
    status: TipStatus;
    receivedAt: Date;
    transferDueAt: Date | null;
    transferredAt: Date | null;
  },
  clock: TipClock,
  rules: TipRuleSet,
): TipDeadlineSummary {
  const d = deadlinesOf(t, rules);
  const state = deadlineState(t.status, d.due, clock.today, rules);
  // The window is 24 h or 48 h (remote commune): which one is read back from the stored limit.
  const remote = t.transferDueAt
    ? t.transferDueAt.getTime() - t.receivedAt.getTime() > rules.transferHours.value * 3_600_000
    : false;
  return {
    transferDueAt: t.transferDueAt?.toISOString() ?? null,
    transferredAt: t.transferredAt?.toISOString() ?? null,
    transferState: t.transferDueAt
      ? tipTransferState(
          { receivedAt: t.receivedAt, remote, now: clock.now, transferredAt: t.transferredAt },
          rules,
        )
      : null,
    baseDueOn: d.baseDue,
    dueOn: d.due,
    extensions: t.extensions.map((e) => ({
      kind: e.kind,
      months: e.months,
      on: e.on,
      decisionNumber: e.decisionNumber,
    })),
    suspensions: t.suspensions.map((s) => ({
      on: s.on,
      ground: s.ground,
      reason: s.reason,
      resumedOn: s.resumedOn,
      resumedBy: s.resumedBy,
    })),
    state,
    daysLeft: state === 'closed' || state === 'suspended' ? null : tipDaysLeft(d.due, clock.today),
    notifyProcuracyBy: addDays(t.receivedOn, rules.notifyProcuracyDays.value),
  };
}

/** Retention of a closed tip (never deletes: `expired` is listed for a person to decide). */
export function retentionOf(
  closure: TipClosure | null,
  closedOn: IsoDate | null,
  today: IsoDate,
  rules: TipRuleSet,
): { state: TipRetentionStateCode; endsOn: string | null } {
  if (!closure || !closedOn) return { state: 'open', endsOn: null };
  const policy = tipRetentionPolicy(closure, rules);
  return { state: retentionState(closedOn, today, policy), endsOn: retentionEndsOn(closedOn, policy.years) };
}
