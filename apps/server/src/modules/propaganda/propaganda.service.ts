import {
  type ActivityStatus,
  type ActivityTransition,
  activityStatusLabel,
  activityTransitions,
  type Paged,
  type Propaganda,
  type PropagandaCreate,
  type PropagandaListQuery,
  type PropagandaStatistics,
  type PropagandaStatisticsQuery,
  type PropagandaUpdate,
  propagandaContract,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { propagandaActivity } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { unitOnDate, unitsInScope } from '../cases/case-links.repository.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { addDays, assertActivityDate, assertOtherText, initialStatus, vnDate } from './activity-rules.ts';
import { findPropaganda, insertPropaganda, listPropaganda } from './propaganda.repository.ts';
import { propagandaStatistics } from './propaganda-statistics.repository.ts';

/**
 * Propaganda sessions on drug prevention: record (planned or held), edit (versioned), hold or cancel (kit
 * transition), list with filters, read (audited), timeline and the report's counts. Whoever runs propaganda
 * writes it, inside their own jurisdiction: the place must be a unit in their scope on the session's date.
 */
export function createPropagandaService(db: Db, deps: { today?: () => string } = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findPropaganda(tx, actor, id);
    if (!found) throw notFound('propaganda.notFound');
    return found;
  };

  async function facts(actor: Actor, input: PropagandaUpdate | PropagandaCreate) {
    assertActivityDate('dateFrom', input.dateFrom);
    const dateTo = input.dateTo ?? input.dateFrom;
    if (dateTo < input.dateFrom) throw invalid('dateTo', 'date.endBeforeStart');
    if (dateTo > addDays(input.dateFrom, 366)) throw invalid('dateTo', 'propaganda.periodTooLong');
    assertOtherText(input.forms, input.formOther, 'formOther');
    assertOtherText(input.targetGroups, input.targetOther, 'targetOther');
    assertOtherText(input.topics, input.topicOther, 'topicOther');
    // A commune, or a district/the province for a wider activity, existing on the day and in scope.
    const place = await unitOnDate(db, actor, input.unitId, input.dateFrom, 'propaganda.write', true);
    if (!place) throw invalid('unitId', 'unit.notFound');
    if (!place.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    const unitIds = [...new Set(input.unitIds ?? [])].filter((id) => id !== input.unitId);
    const ok = await unitsInScope(db, actor, unitIds, 'propaganda.write');
    const bad = unitIds.findIndex((id) => !ok.has(id));
    if (bad >= 0)
      throw invalid(`unitIds.${(input.unitIds ?? []).indexOf(unitIds[bad]!)}`, 'propaganda.unitNotInScope');
    return {
      title: input.title,
      dateFrom: input.dateFrom,
      dateTo,
      organizer: input.organizer,
      unitId: input.unitId,
      unitIds,
      place: input.place ?? null,
      forms: [...new Set(input.forms)],
      formOther: input.forms.includes('other') ? (input.formOther ?? null) : null,
      targetGroups: [...new Set(input.targetGroups ?? [])],
      targetOther: input.targetGroups?.includes('other') ? (input.targetOther ?? null) : null,
      participants: input.participants ?? null,
      languages: [...new Set(input.languages ?? [])],
      languageOther: input.languageOther ?? null,
      materials: input.materials ?? null,
      materialsNote: input.materialsNote ?? null,
      topics: [...new Set(input.topics ?? [])],
      topicOther: input.topics?.includes('other') ? (input.topicOther ?? null) : null,
      reach: input.reach ?? null,
      content: input.content ?? null,
    };
  }

  const heldNeedsParticipants = (status: ActivityStatus, participants: number | null) => {
    if (status === 'held' && participants === null)
      throw invalid('participants', 'propaganda.participantsRequired');
  };

  return {
    contract: propagandaContract,

    async create(
      actor: Actor,
      input: PropagandaCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<Propaganda> {
      authorize(actor, 'propaganda.write');
      const values = await facts(actor, input);
      const status = initialStatus(input.status, input.dateFrom, today(), 'propaganda.heldInFuture');
      heldNeedsParticipants(status, values.participants);
      return db.transaction(async (tx) => {
        const id = await insertPropaganda(tx, {
          ...values,
          status,
          statusSince: status === 'held' || values.dateFrom < today() ? values.dateFrom : today(),
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.create',
          recordType: 'propaganda',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: PropagandaUpdate): Promise<Propaganda> {
      authorize(actor, 'propaganda.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input);
      if (before.status === 'held' && values.dateFrom > today())
        throw invalid('dateFrom', 'propaganda.heldInFuture', { date: vnDate(values.dateFrom) });
      heldNeedsParticipants(before.status, values.participants);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, propagandaActivity, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.update',
          recordType: 'propaganda',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** Held (its day has come, participants counted), cancelled (with a reason) or planned again. */
    async transition(actor: Actor, id: string, input: ActivityTransition): Promise<Propaganda> {
      authorize(actor, 'propaganda.write');
      const before = await mustFind(db, actor, id);
      if (input.on > today()) throw invalid('on', 'date.notAfterToday');
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      const participants = input.participants ?? before.participants;
      if (input.to === 'held') {
        if (before.dateFrom > today())
          throw invalid('to', 'propaganda.heldInFuture', { date: vnDate(before.dateFrom) });
        heldNeedsParticipants('held', participants);
      }
      return db.transaction(async (tx) => {
        await transitionStatus<ActivityStatus>(tx, propagandaActivity, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: (s) => activityTransitions[s],
          label: (s) => activityStatusLabel[s],
          set: { statusSince: input.on, ...(input.to === 'held' ? { participants } : {}) },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.transition',
          recordType: 'propaganda',
          recordId: id,
          before: {
            status: before.status,
            statusSince: before.statusSince,
            participants: before.participants,
          },
          after: {
            status: input.to,
            statusSince: input.on,
            participants: after.participants,
            reason: input.reason,
          },
        });
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<Propaganda> {
      authorize(actor, 'propaganda.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.read',
          recordType: 'propaganda',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: PropagandaListQuery): Promise<Paged<Propaganda>> {
      authorize(actor, 'propaganda.read');
      return db.transaction(async (tx) => {
        const page = await listPropaganda(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.list',
          recordType: 'propaganda',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async statistics(actor: Actor, q: PropagandaStatisticsQuery): Promise<PropagandaStatistics> {
      authorize(actor, 'propaganda.statistics');
      const to = q.to ?? today();
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
        throw invalid('from', 'propaganda.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await propagandaStatistics(tx, actor, { ...q, from, to });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'propaganda.statistics',
          recordType: 'propaganda',
          after: { filter: q, sessions: stats.totals.sessions },
        });
        return stats;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPropaganda(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'propaganda.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, propagandaContract, id, language);
    },
  };
}

export type PropagandaService = ReturnType<typeof createPropagandaService>;
