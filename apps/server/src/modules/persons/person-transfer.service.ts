import type {
  PersonTransfer,
  PersonTransferListQuery,
  TimelineEntry,
  TransferAcknowledge,
} from '@pcmt/contracts';
import { personContract } from '@pcmt/contracts';
import { transferDueAt, transferNoticeRuleFor, transferOverdue, transferRuleKey } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { findPersonRow, type PersonRow, unitWithinScope } from './person.repository.ts';
import type { PersonContext } from './person-context.ts';
import {
  acknowledgeTransfer,
  formerResidencesInScope,
  insertTransfer,
  lastHandOverAuditId,
  receivingAgencyFor,
  receivingHeadsOf,
  supersedePendingTransfers,
  type TransferRow,
  transferRows,
  transfersOfPerson,
} from './person-transfer.repository.ts';

type Receiver = NonNullable<Awaited<ReturnType<typeof receivingAgencyFor>>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Moving a person to a commune of another agency hands the record over (issue 9 §4): the commune police of the
 * new commune receive it with a notice due within the domain's period (24 hours under Luật 120/2025), and
 * acknowledge it; a notice pending past its due time is flagged to the receiving agency's chiefs. The old
 * commune keeps reading the person's trail up to the hand-over (its own period, by the residence history) and
 * the hand-over itself, but no longer the record: it cannot edit it.
 */
export function personTransfers({ db, now }: PersonContext) {
  async function present(tx: Db, actor: Actor, rows: TransferRow[]): Promise<PersonTransfer[]> {
    const at = now();
    const overdueAgencies = rows.filter((r) => transferOverdue(r.t, at)).map((r) => r.t.toAgencyId);
    const heads = await receivingHeadsOf(tx, overdueAgencies);
    const readable = new Set<string>();
    for (const r of rows)
      if (!readable.has(r.t.personId) && (await unitWithinScope(tx, actor, r.personUnitId, 'person.read')))
        readable.add(r.t.personId);
    return rows.map((r) => {
      const overdue = transferOverdue(r.t, at);
      return {
        id: r.t.id,
        personId: r.t.personId,
        fullName: readable.has(r.t.personId) ? r.personName : null,
        fromUnit: r.fromUnit,
        toUnit: r.toUnit,
        fromAgency: r.fromAgency,
        toAgency: r.toAgency,
        movedOn: r.t.movedOn,
        notifiedAt: r.t.notifiedAt.toISOString(),
        dueAt: r.t.dueAt.toISOString(),
        noticeHours: r.t.noticeHours,
        ruleSetId: r.t.ruleSetId,
        note: r.t.note,
        status: r.t.status as PersonTransfer['status'],
        acknowledgedAt: iso(r.t.acknowledgedAt),
        acknowledgedBy:
          r.ackId && r.ackUsername
            ? { id: r.ackId, username: r.ackUsername, displayName: r.ackDisplayName ?? r.ackUsername }
            : null,
        overdue,
        flaggedTo: overdue ? (heads.get(r.t.toAgencyId) ?? []) : [],
        version: r.t.version,
      };
    });
  }

  /** The person as readable now, or through a former residence in scope (the old commune): else 404. */
  async function readableOrFormer(tx: Db, actor: Actor, personId: string) {
    if (await findPersonRow(tx, actor, personId)) return 'current' as const;
    if ((await formerResidencesInScope(tx, actor, personId)).length) return 'former' as const;
    throw notFound('person.notFound');
  }

  return {
    /**
     * Who receives a record moving into `unitId`: the commune police covering it, when that is not the record's
     * own agency already. A commune outside the actor's jurisdiction with no such agency is refused (400).
     */
    async receiverFor(actor: Actor, p: PersonRow['p'], unitId: string, unitName: string) {
      const receiving = await receivingAgencyFor(db, unitId);
      if (receiving && receiving.id !== p.agencyId) return receiving;
      if (!receiving && !(await unitWithinScope(db, actor, unitId, 'person.write')))
        throw invalid('unitId', 'person.noReceivingAgency', { unit: unitName });
      return null;
    },

    /** Inside the edit's transaction: the notice to the receiving agency, audited on the person. */
    async handOver(
      tx: Db,
      actor: Actor,
      before: PersonRow,
      move: { toUnitId: string; movedOn: string; note: string | null; receiver: Receiver },
    ) {
      const rule = transferNoticeRuleFor(move.movedOn);
      const notifiedAt = now();
      const dueAt = transferDueAt(notifiedAt, rule);
      const superseded = await supersedePendingTransfers(tx, before.p.id);
      const transferId = await insertTransfer(tx, {
        personId: before.p.id,
        fromUnitId: before.p.unitId,
        toUnitId: move.toUnitId,
        fromAgencyId: before.p.agencyId,
        toAgencyId: move.receiver.id,
        movedOn: move.movedOn,
        notifiedAt,
        dueAt,
        noticeHours: rule.noticeHours,
        ruleSetId: transferRuleKey(rule),
        note: move.note,
        createdBy: actor.userId,
        isDemo: before.p.isDemo,
      });
      await appendAudit(tx, auditContextOf(actor), {
        action: 'person.transfer',
        recordType: 'person',
        recordId: before.p.id,
        before: { unitId: before.p.unitId, agencyId: before.p.agencyId },
        after: {
          transferId,
          unitId: move.toUnitId,
          agencyId: move.receiver.id,
          movedOn: move.movedOn,
          dueAt: dueAt.toISOString(),
          ruleSetId: transferRuleKey(rule),
          ...(move.note ? { reason: move.note } : {}),
          ...(superseded ? { superseded } : {}),
        },
      });
    },

    /** The hand-overs into (default) or out of the actor's jurisdiction; `overdue`, `flaggedToMe` for heads. */
    async transfers(actor: Actor, q: PersonTransferListQuery): Promise<{ data: PersonTransfer[] }> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const rows = await transferRows(tx, actor, {
          direction: q.direction,
          status: q.status,
          overdueAt: q.overdue || q.flaggedToMe ? now() : undefined,
        });
        let data = await present(tx, actor, rows);
        if (q.flaggedToMe) data = data.filter((d) => d.flaggedTo.some((h) => h.id === actor.userId));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.transfers',
          recordType: 'person',
          after: { returned: data.length, filter: q },
        });
        return { data };
      });
    },

    /** A person's hand-overs: for its commune now, and for the communes that handed it over. */
    async transfersOf(actor: Actor, personId: string): Promise<{ data: PersonTransfer[] }> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const access = await readableOrFormer(tx, actor, personId);
        const data = await present(tx, actor, await transfersOfPerson(tx, personId));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.read',
          recordType: 'person',
          recordId: personId,
          after: { view: 'transfers', access },
        });
        return { data };
      });
    },

    /** The pending hand-over into the person's commune, for the person's page (null when there is none). */
    async pendingOf(tx: Db, actor: Actor, personId: string): Promise<PersonTransfer | null> {
      const pending = (await transfersOfPerson(tx, personId)).filter((r) => r.t.status === 'pending');
      const last = pending.at(-1);
      return last ? ((await present(tx, actor, [last]))[0] ?? null) : null;
    },

    /** The receiving commune acknowledges the notice (versioned: 409 when done meanwhile). */
    async acknowledge(actor: Actor, personId: string, input: TransferAcknowledge): Promise<PersonTransfer> {
      authorize(actor, 'person.write');
      return db.transaction(async (tx) => {
        const row = await findPersonRow(tx, actor, personId, 'person.write');
        if (!row) throw notFound('person.notFound');
        const pending = (await transfersOfPerson(tx, personId))
          .filter((r) => r.t.status === 'pending')
          .at(-1);
        if (!pending) throw new AppError('conflict', 'person.noPendingTransfer');
        const at = now();
        const ok = await acknowledgeTransfer(tx, pending.t.id, input.version, {
          userId: actor.userId,
          at,
          note: input.note ?? null,
        });
        if (!ok) throw conflict();
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.transfer.acknowledge',
          recordType: 'person',
          recordId: personId,
          before: { transferId: pending.t.id, status: 'pending' },
          after: {
            transferId: pending.t.id,
            status: 'acknowledged',
            overdue: transferOverdue(pending.t, at),
            ...(input.note ? { reason: input.note } : {}),
          },
        });
        const [fresh] = await present(
          tx,
          actor,
          (await transfersOfPerson(tx, personId)).filter((r) => r.t.id === pending.t.id),
        );
        return fresh!;
      });
    },

    /**
     * The person's trail: whole for its commune now; for a commune that handed the person over, up to and
     * including its last hand-over (its own period). Out of both: 404.
     */
    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'person.read');
      const access = await readableOrFormer(db, actor, id);
      const all = await recordTimeline(db, personContract, id, language);
      if (access === 'current') return all;
      const cut = await lastHandOverAuditId(db, actor, id);
      return cut === null ? [] : all.filter((e) => e.id <= cut);
    },
  };
}
