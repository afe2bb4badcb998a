import {
  type Paged,
  type Support,
  type SupportCreate,
  type SupportListQuery,
  type SupportStatistics,
  type SupportStatisticsQuery,
  type SupportUpdate,
  supportContract,
  supportKinds,
  supportSources,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { policeSupport } from '../../platform/db/schema/index.ts';
import { type Issue, issue, issuesError, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { assertPastDate, assertRecordUnit, statsPeriod } from '../commendations/record-unit.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { findSupport, insertPoliceSupport, listSupport, supportCounts } from './support.repository.ts';

export type SupportDeps = { today?: () => string };

/**
 * Support to commune police (funds, vehicles, equipment, rapid tests): record, edit, list, read (audited like
 * every register read), timeline, and the figures of a period by kind and by commune.
 */
export function createSupportService(db: Db, deps: SupportDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findSupport(tx, actor, id);
    if (!found) throw notFound('support.notFound');
    return found;
  };

  /** What zod cannot see: a quantity needs its unit, funds need their amount, the commune on the date. */
  async function facts(actor: Actor, input: SupportCreate) {
    assertPastDate('on', input.on, today());
    const issues: Issue[] = [];
    if (input.quantity != null && !input.quantityUnit)
      issues.push(issue('quantityUnit', 'support.quantityNeedsUnit'));
    if (input.kind === 'funds' && input.valueVnd == null)
      issues.push(issue('valueVnd', 'support.fundsNeedValue'));
    const [first, ...rest] = issues;
    if (first) throw issuesError('validation_failed', [first, ...rest]);
    await assertRecordUnit(db, actor, 'support.write', 'unitId', input.unitId, input.on, { commune: true });
    return {
      unitId: input.unitId,
      on: input.on,
      kind: input.kind,
      description: input.description,
      quantity: input.quantity ?? null,
      quantityUnit: input.quantity != null ? (input.quantityUnit ?? null) : null,
      valueVnd: input.valueVnd ?? null,
      source: input.source,
      decisionRef: input.decisionRef ?? null,
    };
  }

  return {
    contract: supportContract,

    async create(actor: Actor, input: SupportCreate, opts: { isDemo?: boolean } = {}): Promise<Support> {
      authorize(actor, 'support.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertPoliceSupport(tx, {
          ...values,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'support.create',
          recordType: 'support',
          recordId: created.id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: SupportUpdate): Promise<Support> {
      authorize(actor, 'support.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, policeSupport, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'support.update',
          recordType: 'support',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<Support> {
      authorize(actor, 'support.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'support.read',
          recordType: 'support',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: SupportListQuery): Promise<Paged<Support>> {
      authorize(actor, 'support.read');
      return db.transaction(async (tx) => {
        const page = await listSupport(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'support.list',
          recordType: 'support',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** The period's support by kind, by source and by receiving commune with its total value; audited. */
    async statistics(actor: Actor, q: SupportStatisticsQuery): Promise<SupportStatistics> {
      authorize(actor, 'support.statistics');
      const period = statsPeriod(q, today(), 'support.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const rows = (await supportCounts(tx, actor, { ...period, unitId: q.unitId })).map((r) => ({
          ...r,
          value: Number(r.valueVnd),
        }));
        const add = (list: typeof rows) => ({
          count: list.reduce((s, r) => s + r.count, 0),
          valueVnd: list.reduce((s, r) => s + r.value, 0),
        });
        const units = new Map(
          rows.map((r) => [r.unitId, { id: r.unitId, code: r.unitCode, name: r.unitName }]),
        );
        const stats: SupportStatistics = {
          ...period,
          totals: add(rows),
          byKind: supportKinds.map((kind) => ({ kind, ...add(rows.filter((r) => r.kind === kind)) })),
          bySource: supportSources.map((source) => ({
            source,
            ...add(rows.filter((r) => r.source === source)),
          })),
          byUnit: [...units.values()]
            .map((unit) => ({ unit, ...add(rows.filter((r) => r.unitId === unit.id)) }))
            .sort((a, b) => b.valueVnd - a.valueVnd || a.unit.code.localeCompare(b.unit.code)),
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'support.statistics',
          recordType: 'support',
          after: { filter: q, count: stats.totals.count },
        });
        return stats;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findSupport(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'support.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, supportContract, id, language);
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
