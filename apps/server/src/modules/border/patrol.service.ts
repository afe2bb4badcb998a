import {
  type BorderPatrol,
  type BorderPatrolCreate,
  type BorderPatrolListQuery,
  type BorderPatrolResult,
  type BorderPatrolResultCreate,
  type BorderPatrolStatus,
  type BorderPatrolTransition,
  type BorderPatrolUpdate,
  type BorderReference,
  type BorderStatistics,
  type BorderStatisticsQuery,
  borderPatrolContract,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import {
  allowedBorderPatrolTransitions,
  borderCommunes,
  borderGates,
  borderReferenceSource,
  type DrugCatalogue,
  defaultDrugCatalogue,
  inBaseUnit,
  unitFamilyOf,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { borderPatrol } from '../../platform/db/schema/index.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { linkablePersons, unitOnDate } from '../cases/case-links.repository.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { currentUnitIdByCode } from '../units/unit.repository.ts';
import { findPatrol, insertPatrol, insertResult, listPatrols } from './patrol.repository.ts';
import { linkableTips, stationOf } from './patrol-links.repository.ts';
import { assertPatrol, assertResult, resultsOpen, statusLabel, vnDate } from './patrol-rules.ts';
import { patrolStatistics } from './patrol-stats.repository.ts';

export type BorderPatrolDeps = { today?: () => string; catalogue?: DrugCatalogue };

/**
 * The border-patrol register: plan or record a patrol or control, edit it, move it planned → in progress →
 * completed (or cancelled), report its results (seizures, arrests, tips passed on) as the team goes, list,
 * read (audited), timeline and the counts of a period for the report indicators.
 */
export function createBorderPatrolService(db: Db, deps: BorderPatrolDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const catalogue = deps.catalogue ?? defaultDrugCatalogue;
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findPatrol(tx, actor, id);
    if (!found) throw notFound('border_patrol.notFound');
    return found;
  };

  /** Checks dates, gate, partners and the commune of the start date (in the writer's jurisdiction). */
  async function facts(
    actor: Actor,
    input: BorderPatrolCreate | BorderPatrolUpdate,
    status: BorderPatrolStatus,
    station: string,
  ) {
    assertPatrol(input, status, today());
    const commune = await unitOnDate(db, actor, input.unitId, input.startOn, 'border_patrol.write');
    if (!commune) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(input.startOn) });
    if (!commune.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    return {
      kind: input.kind,
      station: input.station ?? station,
      route: input.route,
      gateCode: input.gateCode ?? null,
      unitId: input.unitId,
      startOn: input.startOn,
      endOn: input.endOn ?? null,
      officers: input.officers,
      forces: [...new Set(input.forces ?? [])],
      jointWith: [...new Set(input.jointWith ?? [])],
      counterpart: input.counterpart ?? null,
      plan: input.plan ?? null,
    };
  }

  return {
    contract: borderPatrolContract,

    async create(
      actor: Actor,
      input: BorderPatrolCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<BorderPatrol> {
      authorize(actor, 'border_patrol.write');
      const status = input.status ?? 'planned';
      const values = await facts(actor, input, status, input.station ?? (await stationOf(db, actor)));
      return db.transaction(async (tx) => {
        const id = await insertPatrol(tx, {
          ...values,
          status,
          statusSince: status === 'planned' ? today() : values.startOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        // A new patrol has no results yet: its zero counts would only clutter the history.
        const { results: _r, arrests: _a, tipsPassed: _t, seizureTotals: _s, ...facts } = created;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.create',
          recordType: 'border_patrol',
          recordId: id,
          after: facts,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: BorderPatrolUpdate): Promise<BorderPatrol> {
      authorize(actor, 'border_patrol.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input, before.status, before.station);
      const { results: _r, ...beforeFacts } = before;
      return db.transaction(async (tx) => {
        await updateVersioned(tx, borderPatrol, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        const { results: _a, ...afterFacts } = after;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.update',
          recordType: 'border_patrol',
          recordId: id,
          before: beforeFacts,
          after: afterFacts,
        });
        return after;
      });
    },

    /** Start, complete or cancel: guarded by status and version (kit), the reason in the trail. */
    async transition(actor: Actor, id: string, input: BorderPatrolTransition): Promise<BorderPatrol> {
      authorize(actor, 'border_patrol.transition');
      const before = await mustFind(db, actor, id);
      if (input.on > today()) throw invalid('on', 'date.notAfterToday');
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      // A move the table refuses is the kit's 409 (naming the allowed moves), whatever its reason or date.
      const allowed = allowedBorderPatrolTransitions(before.status).includes(input.to);
      if (allowed && input.to === 'cancelled' && !input.reason)
        throw invalid('reason', 'border_patrol.reasonRequired');
      if (allowed && input.to === 'completed' && input.on < before.startOn)
        throw invalid('on', 'border_patrol.resultBeforeStart', { date: vnDate(before.startOn) });
      // Starting moves the start to the day it really began; completing sets the end to the day it ended.
      const set =
        input.to === 'in_progress'
          ? { statusSince: input.on, startOn: input.on }
          : input.to === 'completed'
            ? { statusSince: input.on, endOn: input.on }
            : { statusSince: input.on };
      return db.transaction(async (tx) => {
        await transitionStatus<BorderPatrolStatus>(tx, borderPatrol, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedBorderPatrolTransitions,
          label: statusLabel,
          set,
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.transition',
          recordType: 'border_patrol',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, ...set, reason: input.reason ?? null },
        });
        return after;
      });
    },

    /**
     * A result report of a patrol in progress or completed: seizures (case register shape, unit-safe totals),
     * arrests with optional person links, tips passed on with optional tip links. Carries the patrol's
     * version (a stale screen gets 409); `complete` also completes a running patrol on the same day.
     */
    async addResult(
      actor: Actor,
      id: string,
      input: BorderPatrolResultCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<{ result: BorderPatrolResult; patrol: BorderPatrol }> {
      authorize(actor, 'border_patrol.write');
      const before = await mustFind(db, actor, id);
      if (!resultsOpen(before.status))
        throw new AppError('conflict', 'border_patrol.resultsNotOpen', {
          status: statusLabel(before.status),
        });
      assertResult(before, input, today(), catalogue);
      if (input.complete && before.status !== 'in_progress')
        throw new AppError('conflict', 'common.transitionRefused', {
          from: statusLabel(before.status),
          to: statusLabel('completed'),
          allowed: statusLabel('completed'),
        });
      const personIds = [...new Set(input.personIds ?? [])];
      const persons = await linkablePersons(db, actor, personIds);
      const p = personIds.findIndex((pid) => !persons.has(pid));
      if (p >= 0) throw invalid(`personIds.${p}`, 'border_patrol.personNotFound');
      const tipIds = [...new Set(input.tipIds ?? [])];
      const tips = await linkableTips(db, actor, tipIds);
      const t = tipIds.findIndex((tid) => !tips.has(tid));
      if (t >= 0) throw invalid(`tipIds.${t}`, 'border_patrol.tipNotFound');
      const isDemo = opts.isDemo ?? false;
      return db.transaction(async (tx) => {
        if (input.complete)
          await transitionStatus<BorderPatrolStatus>(tx, borderPatrol, actor, {
            id,
            version: input.version,
            from: before.status,
            to: 'completed',
            allowed: allowedBorderPatrolTransitions,
            label: statusLabel,
            set: { statusSince: input.on, endOn: input.on },
          });
        else await updateVersioned(tx, borderPatrol, actor, { id, version: input.version }, {});
        const resultId = await insertResult(
          tx,
          {
            patrolId: id,
            on: input.on,
            arrests: input.arrests ?? 0,
            personIds,
            tipsPassed: input.tipsPassed ?? 0,
            tipIds,
            note: input.note ?? null,
            agencyId: actor.agencyId,
            createdBy: actor.userId,
            isDemo,
          },
          (input.seizures ?? []).map((s) => ({
            patrolId: id,
            on: input.on,
            drugType: s.drugType,
            measure: s.measure,
            quantity: String(s.quantity),
            family: unitFamilyOf(s.measure),
            baseQuantity: String(inBaseUnit(s.quantity, s.measure)),
            note: s.note ?? null,
            isDemo,
          })),
        );
        const after = await mustFind(tx, actor, id);
        const result = after.results.find((r) => r.id === resultId)!;
        const { id: _id, agency: _agency, createdAt: _at, ...reported } = result;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.result',
          recordType: 'border_patrol',
          recordId: id,
          before: input.complete ? { status: before.status } : undefined,
          after: {
            resultId,
            ...reported,
            ...(input.complete ? { status: 'completed', endOn: input.on } : {}),
          },
        });
        return { result, patrol: after };
      });
    },

    /** Reading a patrol is audited (arrested persons may be linked). */
    async get(actor: Actor, id: string): Promise<BorderPatrol> {
      authorize(actor, 'border_patrol.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.read',
          recordType: 'border_patrol',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: BorderPatrolListQuery): Promise<Paged<BorderPatrol>> {
      authorize(actor, 'border_patrol.read');
      return db.transaction(async (tx) => {
        const page = await listPatrols(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.list',
          recordType: 'border_patrol',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** The border gates and communes (configuration with its provenance), with today's unit ids. */
    async reference(actor: Actor): Promise<BorderReference> {
      authorize(actor, 'border_patrol.read');
      const communes = [];
      for (const c of borderCommunes)
        communes.push({
          ...c,
          formerCodes: [...c.formerCodes],
          countries: [...c.countries],
          unitId: await currentUnitIdByCode(db, c.code),
        });
      return { gates: borderGates.map((g) => ({ ...g })), communes, source: borderReferenceSource };
    },

    /** Counts of a period for a report indicator (no names), in the actor's jurisdiction; audited. */
    async statistics(actor: Actor, q: BorderStatisticsQuery): Promise<BorderStatistics> {
      authorize(actor, 'border_patrol.statistics');
      const to = q.to ?? today();
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
        throw invalid('from', 'border_patrol.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await patrolStatistics(tx, actor, { ...q, from, to });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'border_patrol.statistics',
          recordType: 'border_patrol',
          after: { filter: q, patrols: stats.totals.patrols },
        });
        return stats;
      });
    },

    /** May the actor read this patrol? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPatrol(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'border_patrol.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, borderPatrolContract, id, language);
    },
  };
}

export type BorderPatrolService = ReturnType<typeof createBorderPatrolService>;
