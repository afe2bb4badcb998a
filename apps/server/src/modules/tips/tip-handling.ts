import type {
  Tip,
  TipAssign,
  TipDismiss,
  TipExtend,
  TipLinkCreate,
  TipOutcomeRecord,
  TipResume,
  TipSuspend,
  TipTransfer,
  TipTriage,
} from '@pcmt/contracts';
import {
  allowedTipOutcomes,
  allowedTipTransitions,
  formatVnDateTime,
  type TipOutcome,
  type TipStatus,
  tipStatusLabel,
  vnDateOf,
} from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { type TipExtensionRow, type TipSuspensionRow, tip } from '../../platform/db/schema/index.ts';
import { AppError, fieldError, invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import type { UnitService } from '../units/unit.service.ts';
import {
  agencyById,
  deleteTipLink,
  findTipRow,
  insertTipLink,
  insertTipNote,
  type TipRow,
  type TipSet,
  tipVisible,
} from './tip.repository.ts';
import type { TipService } from './tip.service.ts';
import { deadlinesOf, problemsOf } from './tip-deadlines.ts';
import { type LinkKind, linkTargetVisible } from './tip-links.ts';
import { placeTip } from './tip-placement.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Handling a tip: triage, assignment, the commune police's transfer, verification, links, notes, decisions
 * (Điều 147), suspension and resumption (Điều 148–149), extensions, dismissal. Every move is one UPDATE guarded by
 * the version (and the status, through the domain's transition table), with its audit row, in one transaction.
 */
export function createTipHandling(db: Db, core: TipService, units: UnitService) {
  const refuse = (action: keyof typeof core.contract.auditActions, status: TipStatus) => {
    const label = core.contract.auditActions[action];
    return new AppError('conflict', 'tip.actionRefused', {
      action: { vi: lower(label.vi), en: lower(label.en) },
      status: tipStatusLabel[status],
    });
  };
  const today = () => core.clock().today;
  const checkDate = (path: string, on: string, before: Tip) => {
    if (on > today()) throw invalid(path, 'date.notAfterToday');
    if (on < before.receivedOn)
      throw invalid(path, 'tip.dateBeforeReceipt', { date: vnDate(before.receivedOn) });
  };

  /** One versioned write: a status move (checked against the transition table) or a plain update. */
  async function write(
    actor: Actor,
    id: string,
    version: number,
    action: keyof typeof core.contract.auditActions,
    build: (
      before: Tip,
      raw: TipRow['t'],
    ) =>
      | Promise<{ to?: TipStatus; set: TipSet; audit?: object }>
      | { to?: TipStatus; set: TipSet; audit?: object },
  ): Promise<Tip> {
    authorize(actor, 'tip.handle');
    const before = await core.mustFind(db, actor, id);
    const raw = (await findTipRow(db, actor, id))!.t;
    const { to, set, audit } = await build(before, raw);
    return db.transaction(async (tx) => {
      if (to && to !== before.status) {
        await transitionStatus<TipStatus>(tx, tip, actor, {
          id,
          version,
          from: before.status,
          to,
          allowed: allowedTipTransitions,
          label: (s) => tipStatusLabel[s],
          set: { ...set, statusSince: today() },
        });
      } else await updateVersioned(tx, tip, actor, { id, version }, set);
      const after = await core.mustFind(tx, actor, id);
      await appendAudit(tx, auditContextOf(actor), {
        action,
        recordType: 'tip',
        recordId: id,
        before: { status: before.status, agencyId: before.agency.id, dueOn: before.deadlines.dueOn },
        after: { status: after.status, agencyId: after.agency.id, dueOn: after.deadlines.dueOn, ...audit },
      });
      return after;
    });
  }

  /** The new due date after changing the dated events, or a 400 naming the field the domain objects to. */
  function redue(before: Tip, extensions: TipExtensionRow[], suspensions: TipSuspensionRow[], path: string) {
    const timers = { receivedOn: before.receivedOn, extensions, suspensions };
    const problem = problemsOf(timers, core.rules())[0];
    if (problem) throw invalid(path, 'tip.deadlineRule', { reason: problem.message });
    return deadlinesOf(timers, core.rules()).due;
  }

  async function assignable(agencyId: string, path: string, current: string) {
    const target = await agencyById(db, agencyId);
    if (!target) throw invalid(path, 'tip.agencyUnknown');
    if (agencyId === current) throw invalid(path, 'tip.sameAgency');
    return target;
  }

  return {
    triage: (actor: Actor, id: string, input: TipTriage) =>
      write(actor, id, input.version, 'tip.triage', async (before) => {
        if (before.status !== 'received' && before.status !== 'triaged')
          throw refuse('tip.triage', before.status);
        const placed = input.place
          ? await placeTip(db, units, input.place, before.receivedOn, before.receivingAgency.id)
          : null;
        return {
          to: 'triaged',
          set: {
            category: input.category,
            urgency: input.urgency,
            ...(placed ?? {}),
            ...(input.address !== undefined ? { address: input.address } : {}),
          },
          audit: {
            category: input.category,
            urgency: input.urgency,
            unitId: placed?.unitId ?? before.unit.id,
          },
        };
      }),

    /** Assignment to the competent unit (a commune police's assignment onward is its transfer). */
    assign: (actor: Actor, id: string, input: TipAssign) =>
      write(actor, id, input.version, 'tip.assign', async (before) => {
        if (!['received', 'triaged', 'assigned'].includes(before.status))
          throw refuse('tip.assign', before.status);
        if (input.agencyId !== before.agency.id)
          await assignable(input.agencyId, 'agencyId', before.agency.id);
        const transfer =
          before.deadlines.transferDueAt &&
          !before.deadlines.transferredAt &&
          input.agencyId !== before.agency.id;
        return {
          to: 'assigned',
          set: {
            agencyId: input.agencyId,
            officer: input.officer ?? null,
            ...(transfer ? { transferredAt: core.clock().now, transferredToAgencyId: input.agencyId } : {}),
          },
          audit: { agencyId: input.agencyId, officer: input.officer ?? null, note: input.note ?? null },
        };
      }),

    /** The commune police pass the tip to the investigating body within 24 h (48 h remote). */
    transfer: (actor: Actor, id: string, input: TipTransfer) =>
      write(actor, id, input.version, 'tip.transfer', async (before) => {
        if (!before.deadlines.transferDueAt) throw invalid('agencyId', 'tip.transferNotCommune');
        if (before.deadlines.transferredAt)
          throw new AppError('conflict', 'tip.alreadyTransferred', {
            at: formatVnDateTime(before.deadlines.transferredAt),
          });
        if (!['received', 'triaged'].includes(before.status)) throw refuse('tip.transfer', before.status);
        await assignable(input.agencyId, 'agencyId', before.agency.id);
        const at = input.at ? new Date(input.at) : core.clock().now;
        if (at.getTime() > core.clock().now.getTime() + 60_000) throw invalid('at', 'tip.receivedInFuture');
        if (vnDateOf(at) < before.receivedOn)
          throw invalid('at', 'tip.dateBeforeReceipt', { date: vnDate(before.receivedOn) });
        return {
          to: 'assigned',
          set: { agencyId: input.agencyId, transferredAt: at, transferredToAgencyId: input.agencyId },
          audit: { transferredAt: at.toISOString(), note: input.note ?? null },
        };
      }),

    /** Verification starts (kiểm tra, xác minh). */
    verify: (actor: Actor, id: string, version: number) =>
      write(actor, id, version, 'tip.note', (before) => {
        if (!allowedTipTransitions(before.status).includes('verifying'))
          throw refuse('tip.note', before.status);
        return { to: 'verifying', set: {}, audit: { verification: 'started' } };
      }),

    async note(actor: Actor, id: string, text: string) {
      authorize(actor, 'tip.handle');
      await db.transaction(async (tx) => {
        await core.mustFind(tx, actor, id);
        await insertTipNote(tx, { tipId: id, text, createdBy: actor.userId });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'tip.note',
          recordType: 'tip',
          recordId: id,
          after: { length: text.length },
        });
      });
      return core.notes(actor, id);
    },

    async link(actor: Actor, id: string, input: TipLinkCreate): Promise<Tip> {
      authorize(actor, 'tip.handle');
      const tipNow = await core.mustFind(db, actor, id);
      if (!(await linkTargetVisible(db, actor, input.kind as LinkKind, input.targetId, tipNow.unit.id)))
        // Unknown and out of the officer's reach alike: 404 on the field, as the other registers' link targets.
        throw fieldError('not_found', 'targetId', 'tip.linkTargetNotFound');
      return db.transaction(async (tx) => {
        const added = await insertTipLink(tx, {
          tipId: id,
          kind: input.kind,
          targetId: input.targetId,
          note: input.note ?? null,
          createdBy: actor.userId,
        });
        if (!added) throw new AppError('conflict', 'tip.linkExists');
        await appendAudit(tx, auditContextOf(actor), {
          action: 'tip.link',
          recordType: 'tip',
          recordId: id,
          after: { kind: input.kind, targetId: input.targetId },
        });
        return core.mustFind(tx, actor, id);
      });
    },

    /**
     * Undoes a link made in error (the wrong hotspot, a person confused with another): by an officer who handles
     * the tip, audited with what the link pointed to. The target need not be readable any more (it may have moved
     * out of reach since); a tip without that link is 404 on the field, like an unknown target.
     */
    async unlink(actor: Actor, id: string, input: { kind: string; targetId: string }): Promise<Tip> {
      authorize(actor, 'tip.handle');
      return db.transaction(async (tx) => {
        await core.mustFind(tx, actor, id);
        const removed = await deleteTipLink(tx, id, input.kind, input.targetId);
        if (!removed) throw fieldError('not_found', 'targetId', 'tip.linkNotFound');
        await appendAudit(tx, auditContextOf(actor), {
          action: 'tip.unlink',
          recordType: 'tip',
          recordId: id,
          before: { kind: input.kind, targetId: input.targetId, note: removed.note },
        });
        return core.mustFind(tx, actor, id);
      });
    },

    /** Điều 147 k1 decisions, or the transfer to another competent body. */
    outcome: (actor: Actor, id: string, input: TipOutcomeRecord) =>
      write(actor, id, input.version, 'tip.outcome', (before) => {
        if (!allowedTipOutcomes(before.status).includes(input.outcome as TipOutcome))
          throw refuse('tip.outcome', before.status);
        checkDate('on', input.on, before);
        if (input.outcome === 'transfer' && !input.transferredTo)
          throw invalid('transferredTo', 'tip.transferTargetRequired');
        return {
          to: 'resolved',
          set: {
            outcome: input.outcome,
            outcomeOn: input.on,
            decisionNumber: input.decisionNumber ?? null,
            transferredTo: input.transferredTo ?? null,
          },
          audit: {
            outcome: input.outcome,
            on: input.on,
            decisionNumber: input.decisionNumber ?? null,
            reason: input.reason,
          },
        };
      }),

    suspend: (actor: Actor, id: string, input: TipSuspend) =>
      write(actor, id, input.version, 'tip.suspend', (before, raw) => {
        if (!allowedTipTransitions(before.status).includes('suspended'))
          throw refuse('tip.suspend', before.status);
        checkDate('on', input.on, before);
        const suspensions = [
          ...raw.suspensions,
          {
            on: input.on,
            ground: input.ground,
            reason: input.reason,
            decisionNumber: input.decisionNumber ?? null,
            resumedOn: null,
            resumedBy: null,
            resumeReason: null,
          },
        ];
        const dueOn = redue(before, raw.extensions, suspensions, 'on');
        return {
          to: 'suspended',
          set: { suspensions, dueOn },
          audit: { on: input.on, ground: input.ground, reason: input.reason },
        };
      }),

    resume: (actor: Actor, id: string, input: TipResume) =>
      write(actor, id, input.version, 'tip.resume', (before, raw) => {
        if (before.status !== 'suspended') throw refuse('tip.resume', before.status);
        checkDate('on', input.on, before);
        const suspensions = [...raw.suspensions];
        const last = suspensions[suspensions.length - 1]!;
        suspensions[suspensions.length - 1] = {
          ...last,
          resumedOn: input.on,
          resumedBy: input.by ?? 'resumption',
          resumeReason: input.reason,
        };
        const dueOn = redue(before, raw.extensions, suspensions, 'on');
        return {
          to: 'resumed',
          set: { suspensions, dueOn },
          audit: { on: input.on, by: input.by ?? 'resumption', reason: input.reason },
        };
      }),

    /** Điều 147 k2: the head's extension (≤ 2 months in all), then once the procuracy's. */
    extend: (actor: Actor, id: string, input: TipExtend) =>
      write(actor, id, input.version, 'tip.extend', (before, raw) => {
        if (!['received', 'triaged', 'assigned', 'verifying'].includes(before.status))
          throw refuse('tip.extend', before.status);
        checkDate('on', input.on, before);
        const extensions = [
          ...raw.extensions,
          {
            kind: input.kind,
            months: input.months,
            on: input.on,
            decisionNumber: input.decisionNumber ?? null,
            reason: input.reason,
          },
        ];
        const dueOn = redue(
          before,
          extensions,
          raw.suspensions,
          input.kind === 'extension' ? 'months' : 'kind',
        );
        return {
          set: { extensions, dueOn },
          audit: { kind: input.kind, months: input.months, on: input.on, reason: input.reason },
        };
      }),

    /** Not crime information (spam, duplicate, empty): before assignment only (Điều 145 forbids refusing a tip). */
    dismiss: (actor: Actor, id: string, input: TipDismiss) =>
      write(actor, id, input.version, 'tip.outcome', async (before) => {
        if (!allowedTipTransitions(before.status).includes('dismissed'))
          throw refuse('tip.outcome', before.status);
        if (input.reason === 'duplicate') {
          if (!input.duplicateOfId || input.duplicateOfId === id)
            throw invalid('duplicateOfId', 'tip.duplicateOfRequired');
          if (!(await tipVisible(db, actor, input.duplicateOfId)))
            throw invalid('duplicateOfId', 'tip.duplicateOfRequired');
        }
        return {
          to: 'dismissed',
          set: {
            dismissalReason: input.reason,
            duplicateOfId: input.duplicateOfId ?? null,
            outcomeOn: today(),
          },
          audit: {
            dismissalReason: input.reason,
            duplicateOfId: input.duplicateOfId ?? null,
            note: input.note ?? null,
          },
        };
      }),
  };
}

export type TipHandling = ReturnType<typeof createTipHandling>;
