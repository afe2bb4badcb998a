import {
  type Engagement,
  type EngagementCreate,
  type Paged,
  type PrestigeStatus,
  type PrestigiousPerson,
  type PrestigiousPersonCreate,
  type PrestigiousPersonListQuery,
  type PrestigiousPersonStatistics,
  type PrestigiousPersonStatisticsQuery,
  type PrestigiousPersonTransition,
  type PrestigiousPersonUpdate,
  prestigeStatusLabel,
  prestigiousPersonContract,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedPrestigeTransitions } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { prestigiousPerson } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { assertCommune } from './commune.repository.ts';
import { assertPastDate, statsPeriod, vnDate } from './mobilisation-rules.ts';
import {
  engagementsOf,
  findPrestigiousPerson,
  insertEngagement,
  insertPrestigiousPerson,
  listPrestigiousPersons,
  prestigeStatistics,
} from './prestigious-person.repository.ts';

export type MobilisationDeps = { today?: () => string };

/** The record as the trail keeps it: the totals derived from engagements change with them, not with an edit. */
const withoutTotals = ({
  engagements: _e,
  lastEngagedOn: _l,
  personsPersuaded: _p,
  phoneMasked: _m,
  allowedTransitions: _a,
  ...facts
}: PrestigiousPerson) => facts;

/**
 * Prestigious persons and religious dignitaries: record, edit, active ↔ inactive, list (phone masked), read
 * (audited: name and phone are personal data), engagements (append-only, counted where they took place) and
 * the counts of report indicators.
 */
export function createPrestigiousPersonService(db: Db, deps: MobilisationDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findPrestigiousPerson(tx, actor, id);
    if (!found) throw notFound('prestigious_person.notFound');
    return found;
  };

  async function facts(actor: Actor, input: PrestigiousPersonCreate) {
    const now = today();
    assertPastDate('decisionDate', input.decisionDate, now);
    if (input.role === 'religious_dignitary' && !input.religion)
      throw invalid('religion', 'prestigious_person.religionRequired');
    if (input.birthYear && input.birthYear > Number(now.slice(0, 4)))
      throw invalid('birthYear', 'date.notAfterToday');
    await assertCommune(db, actor, 'prestigious_person.write', 'unitId', input.unitId, now);
    return {
      fullName: input.fullName,
      role: input.role,
      religion: input.religion ?? null,
      title: input.title ?? null,
      ethnicity: input.ethnicity ?? null,
      birthYear: input.birthYear ?? null,
      unitId: input.unitId,
      village: input.village ?? null,
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      phone: input.phone ?? null,
      notes: input.notes ?? null,
    };
  }

  return {
    contract: prestigiousPersonContract,

    async create(
      actor: Actor,
      input: PrestigiousPersonCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<PrestigiousPerson> {
      authorize(actor, 'prestigious_person.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertPrestigiousPerson(tx, {
          ...values,
          status: 'active',
          statusSince: values.decisionDate ?? today(),
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.create',
          recordType: 'prestigious_person',
          recordId: id,
          after: withoutTotals(created),
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: PrestigiousPersonUpdate): Promise<PrestigiousPerson> {
      authorize(actor, 'prestigious_person.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, prestigiousPerson, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.update',
          recordType: 'prestigious_person',
          recordId: id,
          before: withoutTotals(before),
          after: withoutTotals(after),
        });
        return after;
      });
    },

    async transition(
      actor: Actor,
      id: string,
      input: PrestigiousPersonTransition,
    ): Promise<PrestigiousPerson> {
      authorize(actor, 'prestigious_person.write');
      const before = await mustFind(db, actor, id);
      assertPastDate('on', input.on, today());
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<PrestigeStatus>(tx, prestigiousPerson, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedPrestigeTransitions,
          label: (s) => prestigeStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.transition',
          recordType: 'prestigious_person',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, statusSince: input.on, reason: input.reason },
        });
        return after;
      });
    },

    /**
     * Records an engagement (append-only) where it took place (default the person's commune, in the writer's
     * jurisdiction), with its audit row on the person. An inactive person records nothing after leaving.
     */
    async engage(
      actor: Actor,
      id: string,
      input: EngagementCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<{ engagement: Engagement; person: PrestigiousPerson }> {
      authorize(actor, 'prestigious_person.engage');
      const person = await mustFind(db, actor, id);
      assertPastDate('on', input.on, today());
      if (person.status === 'inactive' && input.on >= person.statusSince)
        throw invalid('on', 'prestigious_person.inactive', { date: vnDate(person.statusSince) });
      const unitId = input.unitId ?? person.unit.id;
      await assertCommune(db, actor, 'prestigious_person.engage', 'unitId', unitId, input.on);
      return db.transaction(async (tx) => {
        const engagement = await insertEngagement(tx, {
          personId: id,
          on: input.on,
          kind: input.kind,
          unitId,
          content: input.content,
          personsPersuaded: input.personsPersuaded ?? null,
          result: input.result ?? null,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const { agency: _a, isDemo: _d, createdAt: _c, unit, ...recorded } = engagement;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.engage',
          recordType: 'prestigious_person',
          recordId: id,
          after: { engagementId: engagement.id, ...recorded, unitId: unit.id },
        });
        return { engagement, person: await mustFind(tx, actor, id) };
      });
    },

    async engagements(actor: Actor, id: string): Promise<Engagement[]> {
      authorize(actor, 'prestigious_person.read');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        const list = await engagementsOf(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.read',
          recordType: 'prestigious_person',
          recordId: id,
          after: { part: 'engagements', returned: list.length },
        });
        return list;
      });
    },

    /** Reading a record is audited (name and phone are personal data); it shows the phone in full. */
    async get(actor: Actor, id: string): Promise<PrestigiousPerson> {
      authorize(actor, 'prestigious_person.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.read',
          recordType: 'prestigious_person',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: PrestigiousPersonListQuery): Promise<Paged<PrestigiousPerson>> {
      authorize(actor, 'prestigious_person.read');
      return db.transaction(async (tx) => {
        const page = await listPrestigiousPersons(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.list',
          recordType: 'prestigious_person',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async statistics(
      actor: Actor,
      q: PrestigiousPersonStatisticsQuery,
    ): Promise<PrestigiousPersonStatistics> {
      authorize(actor, 'prestigious_person.statistics');
      const { from, to, tooLong } = statsPeriod(q, today());
      if (tooLong) throw invalid('from', 'prestigious_person.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await prestigeStatistics(tx, actor, { from, to, unitId: q.unitId });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prestigious_person.statistics',
          recordType: 'prestigious_person',
          after: { filter: q, engagements: stats.totals.engagements },
        });
        return stats;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPrestigiousPerson(db, actor, id, false));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'prestigious_person.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, prestigiousPersonContract, id, language);
    },
  };
}

export type PrestigiousPersonService = ReturnType<typeof createPrestigiousPersonService>;
