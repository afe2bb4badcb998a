import type { Tip, TipLink } from '@pcmt/contracts';
import {
  allowedTipOutcomes,
  allowedTipTransitions,
  isTipClosed,
  type TipClosure,
  type TipRuleSet,
  type TipStatus,
  transferPendingTipStatuses,
} from '@pcmt/domain';
import type { TipRow } from './tip.repository.ts';
import { deadlineSummary, retentionOf, type TipClock } from './tip-deadlines.ts';

type Action = Tip['allowedActions'][number];

/** What can be done next, from the domain's transition table (the web shows only these buttons). */
export function allowedActions(status: TipStatus, transferPending: boolean): Action[] {
  const moves = allowedTipTransitions(status);
  const out: Action[] = [];
  if (status === 'received' || status === 'triaged') out.push('triage');
  if (moves.includes('assigned') || status === 'assigned') out.push('assign');
  if (transferPending) out.push('transfer');
  if (moves.includes('verifying')) out.push('verify');
  if (!isTipClosed(status)) out.push('note', 'link');
  if (allowedTipOutcomes(status).some((o) => o !== 'suspend')) out.push('outcome');
  if (moves.includes('suspended')) out.push('suspend');
  if (moves.includes('resumed')) out.push('resume');
  if (['received', 'triaged', 'assigned', 'verifying'].includes(status)) out.push('extend');
  if (moves.includes('dismissed')) out.push('dismiss');
  out.push('reply');
  return out;
}

const closureOf = (t: TipRow['t']): TipClosure | null =>
  t.status === 'dismissed' ? 'dismissed' : t.status === 'resolved' ? (t.outcome as TipClosure) : null;

export function toTip(r: TipRow, links: TipLink[], clock: TipClock, rules: TipRuleSet): Tip {
  const t = r.t;
  const status = t.status as TipStatus;
  const transferPending =
    !!t.transferDueAt && !t.transferredAt && transferPendingTipStatuses.includes(status);
  return {
    id: t.id,
    number: t.number,
    source: t.source as Tip['source'],
    form: t.form as Tip['form'],
    channel: t.channel as Tip['channel'],
    externalRef: t.externalRef,
    receivedAt: t.receivedAt.toISOString(),
    receivedOn: t.receivedOn,
    receivingAgency: { id: t.receivingAgencyId, code: r.receivingCode, name: r.receivingName },
    receivingOfficer: t.receivingOfficer,
    content: t.content,
    occurredOn: t.occurredOn,
    occurredTime: t.occurredTime,
    location: t.lat !== null && t.lng !== null ? { lat: t.lat, lng: t.lng } : null,
    placeUnknown: t.placeUnknown,
    address: t.address,
    placeRef: t.placeRef,
    unit: { id: t.unitId, code: r.unitCode, name: r.unitName },
    category: t.category as Tip['category'],
    urgency: t.urgency as Tip['urgency'],
    status,
    statusSince: t.statusSince,
    agency: { id: t.agencyId, code: r.agencyCode, name: r.agencyName },
    officer: t.officer,
    deadlines: deadlineSummary({ ...t, status }, clock, rules),
    outcome: t.outcome as Tip['outcome'],
    outcomeOn: t.outcomeOn,
    dismissalReason: t.dismissalReason as Tip['dismissalReason'],
    transferredTo: t.transferredTo,
    decisionNumber: t.decisionNumber,
    reporter: {
      provided: t.reporterSealed !== null,
      name: t.reporterMask?.name ?? null,
      phone: t.reporterMask?.phone ?? null,
      email: t.reporterMask?.email ?? null,
    },
    links,
    unansweredMessages:
      t.lastReporterMessageAt && (!t.lastReplyAt || t.lastReplyAt < t.lastReporterMessageAt) ? 1 : 0,
    retention: retentionOf(closureOf(t), t.outcomeOn, clock.today, rules),
    allowedActions: allowedActions(status, transferPending),
    isDemo: t.isDemo,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
