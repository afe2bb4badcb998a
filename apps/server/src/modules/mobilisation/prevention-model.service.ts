import {
  type ModelResult,
  type ModelResultCreate,
  type ModelStatus,
  modelStatusLabel,
  type Paged,
  type PreventionModel,
  type PreventionModelCreate,
  type PreventionModelListQuery,
  type PreventionModelStatistics,
  type PreventionModelStatisticsQuery,
  type PreventionModelTransition,
  type PreventionModelUpdate,
  preventionModelContract,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedModelTransitions } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { preventionModel } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { assertCommune, unitWritable } from './commune.repository.ts';
import { assertPastDate, statsPeriod, vnDate } from './mobilisation-rules.ts';
import type { MobilisationDeps } from './prestigious-person.service.ts';
import {
  findPreventionModel,
  insertModelResult,
  insertPreventionModel,
  listPreventionModels,
  modelStatistics,
  resultsOf,
} from './prevention-model.repository.ts';

/** The record as the trail keeps it: the totals derived from results change with them, not with an edit. */
const withoutTotals = ({
  results: _r,
  lastResultOn: _l,
  eventsHeld: _e,
  participants: _p,
  personsPersuaded: _n,
  allowedTransitions: _a,
  ...facts
}: PreventionModel) => facts;

/**
 * Model initiatives: record, edit (with the evaluation), active → paused → ended through the kit, list, read
 * (audited), periodic results (append-only) and the counts of report indicators.
 */
export function createPreventionModelService(db: Db, deps: MobilisationDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findPreventionModel(tx, actor, id);
    if (!found) throw notFound('prevention_model.notFound');
    return found;
  };

  async function facts(actor: Actor, input: PreventionModelCreate) {
    const now = today();
    assertPastDate('startedOn', input.startedOn, now);
    // The commune that runs it is written by its officers; the further communes need only exist today.
    await assertCommune(db, actor, 'prevention_model.write', 'unitId', input.unitId, now);
    const others = input.otherUnitIds ?? [];
    for (const [i, u] of others.entries()) {
      if (u === input.unitId || others.indexOf(u) !== i)
        throw invalid(`otherUnitIds.${i}`, 'prevention_model.communeTwice');
      await assertCommune(db, actor, null, `otherUnitIds.${i}`, u, now);
    }
    return {
      name: input.name,
      kind: input.kind,
      unitId: input.unitId,
      otherUnitIds: others,
      startedOn: input.startedOn,
      hostAgency: input.hostAgency,
      membersCount: input.membersCount ?? null,
      members: input.members ?? null,
      evaluation: input.evaluation ?? null,
      rating: input.rating ?? null,
      notes: input.notes ?? null,
    };
  }

  return {
    contract: preventionModelContract,

    async create(
      actor: Actor,
      input: PreventionModelCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<PreventionModel> {
      authorize(actor, 'prevention_model.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertPreventionModel(tx, {
          ...values,
          status: 'active',
          statusSince: values.startedOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.create',
          recordType: 'prevention_model',
          recordId: id,
          after: withoutTotals(created),
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: PreventionModelUpdate): Promise<PreventionModel> {
      authorize(actor, 'prevention_model.write');
      const before = await mustFind(db, actor, id);
      // Only the officers of the commune that runs it edit it (the covered communes read).
      if (!(await unitWritable(db, actor, 'prevention_model.write', before.unit.id)))
        throw notFound('prevention_model.notFound');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, preventionModel, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.update',
          recordType: 'prevention_model',
          recordId: id,
          before: withoutTotals(before),
          after: withoutTotals(after),
        });
        return after;
      });
    },

    async transition(actor: Actor, id: string, input: PreventionModelTransition): Promise<PreventionModel> {
      authorize(actor, 'prevention_model.write');
      const before = await mustFind(db, actor, id);
      if (!(await unitWritable(db, actor, 'prevention_model.write', before.unit.id)))
        throw notFound('prevention_model.notFound');
      assertPastDate('on', input.on, today());
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<ModelStatus>(tx, preventionModel, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedModelTransitions,
          label: (s) => modelStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.transition',
          recordType: 'prevention_model',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, statusSince: input.on, reason: input.reason },
        });
        return after;
      });
    },

    /** A periodic result (append-only), dated between the start and the end of the model. */
    async report(
      actor: Actor,
      id: string,
      input: ModelResultCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<{ result: ModelResult; model: PreventionModel }> {
      authorize(actor, 'prevention_model.report');
      const model = await mustFind(db, actor, id);
      assertPastDate('on', input.on, today());
      if (input.on < model.startedOn)
        throw invalid('on', 'prevention_model.resultBeforeStart', { date: vnDate(model.startedOn) });
      if (model.status === 'ended' && input.on > model.statusSince)
        throw invalid('on', 'prevention_model.resultAfterEnd', { date: vnDate(model.statusSince) });
      return db.transaction(async (tx) => {
        const result = await insertModelResult(tx, {
          modelId: id,
          on: input.on,
          content: input.content,
          eventsHeld: input.eventsHeld ?? null,
          participants: input.participants ?? null,
          personsPersuaded: input.personsPersuaded ?? null,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const { agency: _a, isDemo: _d, createdAt: _c, ...recorded } = result;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.report',
          recordType: 'prevention_model',
          recordId: id,
          after: { resultId: result.id, ...recorded },
        });
        return { result, model: await mustFind(tx, actor, id) };
      });
    },

    async results(actor: Actor, id: string): Promise<ModelResult[]> {
      authorize(actor, 'prevention_model.read');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        const list = await resultsOf(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.read',
          recordType: 'prevention_model',
          recordId: id,
          after: { part: 'results', returned: list.length },
        });
        return list;
      });
    },

    async get(actor: Actor, id: string): Promise<PreventionModel> {
      authorize(actor, 'prevention_model.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.read',
          recordType: 'prevention_model',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: PreventionModelListQuery): Promise<Paged<PreventionModel>> {
      authorize(actor, 'prevention_model.read');
      return db.transaction(async (tx) => {
        const page = await listPreventionModels(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.list',
          recordType: 'prevention_model',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async statistics(actor: Actor, q: PreventionModelStatisticsQuery): Promise<PreventionModelStatistics> {
      authorize(actor, 'prevention_model.statistics');
      const { from, to, tooLong } = statsPeriod(q, today());
      if (tooLong) throw invalid('from', 'prevention_model.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await modelStatistics(tx, actor, { from, to, unitId: q.unitId, kind: q.kind });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'prevention_model.statistics',
          recordType: 'prevention_model',
          after: { filter: q, results: stats.totals.results },
        });
        return stats;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPreventionModel(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'prevention_model.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, preventionModelContract, id, language);
    },
  };
}

export type PreventionModelService = ReturnType<typeof createPreventionModelService>;
