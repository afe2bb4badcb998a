import type { TipStatisticsQuery } from '@pcmt/contracts';
import {
  type Paged,
  type TimelineEntry,
  type Tip,
  type TipAlert,
  type TipCreate,
  type TipLink,
  type TipListQuery,
  type TipMessage,
  type TipReporterRevealed,
  tipContract,
} from '@pcmt/contracts';
import {
  defaultTipRuleSet,
  isRemoteCommune,
  type TipRuleSet,
  type TipStatus,
  tipTransferDueAt,
  vnDateOf,
} from '@pcmt/domain';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import type { UnitService } from '../units/unit.service.ts';
import { toTip } from './tip.presenter.ts';
import {
  findByExternalRef,
  findTipRow,
  insertTip,
  insertTipMessage,
  listTipRows,
  nextTipNumber,
  tipLinksOf,
  tipMessagesOf,
  tipNotesOf,
  tipsDueBy,
  tipVisible,
} from './tip.repository.ts';
import { deadlinesOf, type TipClock } from './tip-deadlines.ts';
import { linkLabels } from './tip-links.ts';
import { placeTip } from './tip-placement.ts';
import { agencyKind, agencyWithinScope, unitCode } from './tip-places.repository.ts';
import { type TipSealing, tipSealing } from './tip-sealing.ts';
import { tipStatisticsOf } from './tip-stats.repository.ts';

export type TipDeps = {
  units: UnitService;
  keyring: Keyring;
  /** Rule values (remote communes, warning days, retention) — the domain's defaults unless configured. */
  rules?: () => TipRuleSet;
  now?: () => Date;
};

/** A new tip's columns that come from the rules: the deadline, and the transfer window of a commune police. */
export async function timersAtReceipt(
  db: Db,
  rules: TipRuleSet,
  receivedAt: Date,
  unitId: string,
  handlingAgencyId: string,
  kind?: string,
) {
  const receivedOn = vnDateOf(receivedAt);
  const dueOn = deadlinesOf({ receivedOn, extensions: [], suspensions: [] }, rules).due;
  const commune = (kind ?? (await agencyKind(db, handlingAgencyId))) === 'commune_police';
  const code = commune ? await unitCode(db, unitId) : null;
  const transferDueAt = commune
    ? tipTransferDueAt(receivedAt, !!code && isRemoteCommune(code, rules), rules)
    : null;
  return { receivedOn, dueOn, transferDueAt };
}

/** The tip register's desk side: intake, reads (audited), the conversation, alerts and statistics. */
export function createTipService(db: Db, deps: TipDeps) {
  const rules = deps.rules ?? (() => defaultTipRuleSet);
  const now = deps.now ?? (() => new Date());
  const sealing: TipSealing = tipSealing(deps.keyring);
  const clock = (): TipClock => {
    const n = now();
    return { now: n, today: vnDateOf(n) };
  };

  async function present(tx: Db, actor: Actor, id: string): Promise<Tip | null> {
    const row = await findTipRow(tx, actor, id);
    if (!row) return null;
    const links = await tipLinksOf(tx, id);
    const labels = await linkLabels(tx, actor, links);
    const out: TipLink[] = links.map((l) => ({
      id: l.id,
      kind: l.kind as TipLink['kind'],
      targetId: l.targetId,
      label: labels.get(l.targetId) ?? null,
      note: l.note,
      createdAt: l.createdAt.toISOString(),
    }));
    return toTip(row, out, clock(), rules());
  }
  const mustFind = async (tx: Db, actor: Actor, id: string): Promise<Tip> => {
    const found = await present(tx, actor, id);
    if (!found) throw notFound('tip.notFound');
    return found;
  };
  const audit = (tx: Db, actor: Actor, action: string, recordId: string | null, extra: object = {}) =>
    appendAudit(tx, auditContextOf(actor), { action, recordType: 'tip', recordId, ...extra });

  return {
    contract: tipContract,
    sealing,
    clock,
    rules,
    present,
    mustFind,

    /**
     * Desk intake (Điều 145: a tip is never refused): channel and external reference (the same reference twice in
     * one channel is 409 naming the tip already recorded), source, form, receiving agency and officer, place on the
     * day received, the reporter's details sealed. Commune police get the 24 h / 48 h transfer window.
     */
    async create(actor: Actor, input: TipCreate, opts: { isDemo?: boolean } = {}): Promise<Tip> {
      authorize(actor, 'tip.intake');
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now();
      if (receivedAt.getTime() > now().getTime() + 60_000)
        throw invalid('receivedAt', 'tip.receivedInFuture');
      const receivedOnDay = vnDateOf(receivedAt);
      if (input.occurredOn && input.occurredOn > clock().today)
        throw invalid('occurredOn', 'tip.occurredInFuture');
      const receivingAgencyId = input.receivingAgencyId ?? actor.agencyId;
      if (!(await agencyKind(db, receivingAgencyId))) throw invalid('receivingAgencyId', 'tip.agencyUnknown');
      if (!(await agencyWithinScope(db, actor.agencyId, receivingAgencyId)))
        throw invalid('receivingAgencyId', 'tip.ownAgencyOnly');
      if (input.externalRef) {
        const existing = await findByExternalRef(db, input.channel, input.externalRef);
        if (existing) {
          const visible = await tipVisible(db, actor, existing.id);
          throw visible
            ? new AppError(
                'conflict',
                'tip.externalRefTaken',
                { number: existing.number },
                {
                  details: [
                    issue('externalRef', 'tip.externalRefTaken', { number: existing.number }),
                    issue(`existing.${existing.id}`, 'tip.externalRefTaken', { number: existing.number }),
                  ],
                },
              )
            : new AppError(
                'conflict',
                'tip.externalRefElsewhere',
                { agency: existing.agencyName },
                {
                  details: [
                    issue('externalRef', 'tip.externalRefElsewhere', { agency: existing.agencyName }),
                  ],
                },
              );
        }
      }
      const placed = await placeTip(db, deps.units, input.place, receivedOnDay, receivingAgencyId);
      const timers = await timersAtReceipt(db, rules(), receivedAt, placed.unitId, receivingAgencyId);
      const id = crypto.randomUUID();
      return db.transaction(async (tx) => {
        await insertTip(tx, {
          id,
          number: await nextTipNumber(tx, timers.receivedOn.slice(0, 4)),
          unitId: placed.unitId,
          agencyId: receivingAgencyId,
          receivingAgencyId,
          receivingOfficer: input.receivingOfficer ?? actor.username,
          source: input.source,
          form: input.form,
          channel: input.channel,
          externalRef: input.externalRef ?? null,
          receivedAt,
          receivedOn: timers.receivedOn,
          content: input.content,
          occurredOn: input.occurredOn ?? null,
          occurredTime: input.occurredTime ?? null,
          lat: placed.lat,
          lng: placed.lng,
          placeUnknown: placed.placeUnknown,
          address: input.address ?? null,
          category: input.category ?? null,
          urgency: input.urgency ?? 'normal',
          status: 'received',
          statusSince: timers.receivedOn,
          dueOn: timers.dueOn,
          transferDueAt: timers.transferDueAt,
          ...sealing.columns(id, input.reporter),
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await audit(tx, actor, 'tip.create', id, { after: created });
        return created;
      });
    },

    /** Reading a tip is audited (it holds what a reporter said and where). */
    async get(actor: Actor, id: string): Promise<Tip> {
      authorize(actor, 'tip.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await audit(tx, actor, 'tip.read', id);
        return found;
      });
    },

    async list(
      actor: Actor,
      q: TipListQuery,
      action: 'tip.list' | 'tip.overdue' = 'tip.list',
    ): Promise<Paged<Tip>> {
      authorize(actor, action === 'tip.list' ? 'tip.read' : 'tip.supervise');
      const c = clock();
      return db.transaction(async (tx) => {
        const { rows, count } = await listTipRows(tx, actor, q, c.today, rules().deadlineWarnDays.value);
        const data = rows.map((r) => toTip(r, [], c, rules()));
        const total = q.page === 1 && data.length < q.pageSize ? data.length : await count();
        await audit(tx, actor, action, null, { after: { returned: data.length, total, filter: q } });
        return { data, total, page: q.page, pageSize: q.pageSize };
      });
    },

    /** Overdue tips (handling deadline passed) for the unit head. */
    overdue(actor: Actor, q: TipListQuery): Promise<Paged<Tip>> {
      return this.list(actor, { ...q, deadlineState: ['overdue'], sort: q.sort ?? 'dueOn' }, 'tip.overdue');
    },

    /** Deadlines falling within `withinDays` (or passed): transfer windows and handling periods. */
    async alerts(actor: Actor, withinDays: number): Promise<TipAlert[]> {
      authorize(actor, 'tip.read');
      const c = clock();
      const until = new Date(c.now.getTime() + withinDays * 86_400_000);
      return db.transaction(async (tx) => {
        const rows = await tipsDueBy(tx, actor, vnDateOf(until), until.toISOString());
        const out: TipAlert[] = [];
        for (const r of rows) {
          const t = r.t;
          const base = {
            tipId: t.id,
            number: t.number,
            unit: { id: t.unitId, code: r.unitCode, name: r.unitName },
            agency: { id: t.agencyId, code: r.agencyCode, name: r.agencyName },
          };
          if (
            t.transferDueAt &&
            !t.transferredAt &&
            ['received', 'triaged'].includes(t.status) &&
            t.transferDueAt <= until
          )
            out.push({
              ...base,
              kind: 'transfer',
              dueAt: t.transferDueAt.toISOString(),
              overdue: t.transferDueAt < c.now,
            });
          if (t.dueOn <= vnDateOf(until) && !['suspended', 'resolved', 'dismissed'].includes(t.status))
            out.push({ ...base, kind: 'verification', dueAt: t.dueOn, overdue: t.dueOn < c.today });
        }
        await audit(tx, actor, 'tip.alerts', null, { after: { returned: out.length, withinDays } });
        return out;
      });
    },

    async statistics(actor: Actor, q: TipStatisticsQuery) {
      authorize(actor, 'tip.statistics');
      const c = clock();
      const to = q.to ?? c.today;
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        const stats = await tipStatisticsOf(tx, actor, { from, to, unitId: q.unitId, today: c.today });
        await audit(tx, actor, 'tip.statistics', null, { after: { from, to, unitId: q.unitId ?? null } });
        return stats;
      });
    },

    /** Verification notes (internal): read with the tip's permission, audited. */
    async notes(actor: Actor, id: string) {
      authorize(actor, 'tip.read');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        await audit(tx, actor, 'tip.read', id, { after: { part: 'notes' } });
        return (await tipNotesOf(tx, id)).map((n) => ({
          id: n.id,
          text: n.text,
          author: n.author,
          createdAt: n.createdAt.toISOString(),
        }));
      });
    },

    /** The anonymous conversation as officers see it (who replied included), audited. */
    async messages(actor: Actor, id: string): Promise<TipMessage[]> {
      authorize(actor, 'tip.read');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        await audit(tx, actor, 'tip.messages.read', id);
        return (await tipMessagesOf(tx, id)).map((m) => ({
          id: m.id,
          from: m.author as TipMessage['from'],
          text: m.text,
          author: m.author === 'officer' ? m.officer : null,
          at: m.createdAt.toISOString(),
        }));
      });
    },

    /** A reply the reporter reads with the receipt code. */
    async reply(actor: Actor, id: string, text: string): Promise<TipMessage[]> {
      authorize(actor, 'tip.handle');
      await db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        await insertTipMessage(tx, {
          tipId: id,
          author: 'officer',
          text,
          createdBy: actor.userId,
          createdAt: now(),
        });
        await audit(tx, actor, 'tip.reply', id, { after: { length: text.length } });
      });
      return this.messages(actor, id);
    },

    /** The reporter's identity and contact in clear: need to know, a reason, one audit row per view. */
    async revealReporter(actor: Actor, id: string, reason: string): Promise<TipReporterRevealed> {
      authorize(actor, 'tip.reporter.read');
      return db.transaction(async (tx) => {
        const row = await findTipRow(tx, actor, id);
        if (!row) throw notFound('tip.notFound');
        await audit(tx, actor, 'tip.reporter.read', id, { after: { reason } });
        return sealing.open(id, row.t.reporterSealed);
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return tipVisible(db, actor, id);
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'tip.read');
      if (!(await tipVisible(db, actor, id))) throw notFound('tip.notFound');
      return recordTimeline(db, tipContract, id, language);
    },

    statusOf: (status: TipStatus) => status,
  };
}

export type TipService = ReturnType<typeof createTipService>;
