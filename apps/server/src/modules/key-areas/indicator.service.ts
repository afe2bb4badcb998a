import {
  type CommuneIndicator,
  type CommuneIndicatorCreate,
  type CommuneIndicatorListQuery,
  type CommuneIndicatorUpdate,
  communeIndicatorContract,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { communeIndicator } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { assertPastDate, vnDate } from './area-rules.ts';
import { communeValidThroughout, unitInActorScope } from './commune.repository.ts';
import { findIndicator, indicatorAt, insertIndicator, listIndicators } from './indicator.repository.ts';

const figures = (input: CommuneIndicatorCreate) => ({
  unitId: input.unitId,
  periodFrom: input.periodFrom,
  periodTo: input.periodTo,
  population: input.population ?? null,
  personsWithRecords: input.personsWithRecords ?? null,
  addicts: input.addicts ?? null,
  drugUseVenueCount: input.drugUseVenueCount ?? null,
  arrestedOffenders: input.arrestedOffenders ?? null,
  plantCount: input.plantCount ?? null,
  plantAreaM2: input.plantAreaM2 ?? null,
  onKeyRoute: input.onKeyRoute ?? null,
  sourceNote: input.sourceNote ?? null,
});

/** One year after `iso` (29/2 → 28/2), the longest period a set of figures may cover. */
function yearAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const duplicatePeriod = (periodFrom: string) =>
  new AppError(
    'conflict',
    'commune_indicator.duplicatePeriod',
    { date: vnDate(periodFrom) },
    { details: [issue('periodFrom', 'commune_indicator.periodTaken', { date: vnDate(periodFrom) })] },
  );

/** A unique-key violation from either driver (drizzle wraps the driver's error in `cause`). */
export const isUniqueViolation = (e: unknown): boolean => {
  const code = (x: unknown) => (x as { code?: string } | null)?.code;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
};

/**
 * Recorded figures of a commune for a period: the classification inputs no register holds yet. The commune is
 * the one of the period (before 01/7/2025 the old commune): it must be a commune-level unit valid on every day
 * of the period, inside the officer's jurisdiction for `key_area.classify`.
 */
export function createIndicatorService(db: Db) {
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findIndicator(tx, actor, id);
    if (!found) throw notFound('commune_indicator.notFound');
    return found;
  };

  async function check(actor: Actor, input: CommuneIndicatorCreate, selfId?: string) {
    assertPastDate('periodFrom', input.periodFrom, todayInVietnam());
    if (input.periodTo < input.periodFrom) throw invalid('periodTo', 'commune_indicator.endBeforeStart');
    if (input.periodTo >= yearAfter(input.periodFrom))
      throw invalid('periodTo', 'commune_indicator.periodTooLong');
    if (!(await communeValidThroughout(db, input.unitId, input.periodFrom, input.periodTo)))
      throw invalid('unitId', 'commune_indicator.notCommuneThroughout', {
        from: vnDate(input.periodFrom),
        to: vnDate(input.periodTo),
      });
    if (!(await unitInActorScope(db, actor, input.unitId, 'key_area.classify')))
      throw invalid('unitId', 'unit.outsideJurisdiction');
    const other = await indicatorAt(db, input.unitId, input.periodFrom);
    if (other && other.id !== selfId) throw duplicatePeriod(input.periodFrom);
  }

  return {
    contract: communeIndicatorContract,

    async create(
      actor: Actor,
      input: CommuneIndicatorCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<CommuneIndicator> {
      authorize(actor, 'key_area.classify');
      await check(actor, input);
      try {
        return await db.transaction(async (tx) => {
          const id = await insertIndicator(tx, {
            ...figures(input),
            agencyId: actor.agencyId,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          const created = await mustFind(tx, actor, id);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'commune_indicator.create',
            recordType: 'commune_indicator',
            recordId: id,
            after: created,
          });
          return created;
        });
      } catch (e) {
        // Two officers recording the same commune and period at once: the unique key decides.
        if (isUniqueViolation(e)) throw duplicatePeriod(input.periodFrom);
        throw e;
      }
    },

    async update(actor: Actor, id: string, input: CommuneIndicatorUpdate): Promise<CommuneIndicator> {
      authorize(actor, 'key_area.classify');
      const before = await mustFind(db, actor, id);
      // Changing the figures of a commune outside one's jurisdiction is not possible either.
      if (!(await unitInActorScope(db, actor, before.unit.id, 'key_area.classify')))
        throw notFound('commune_indicator.notFound');
      await check(actor, input, id);
      try {
        return await db.transaction(async (tx) => {
          await updateVersioned(tx, communeIndicator, actor, { id, version: input.version }, figures(input));
          const after = await mustFind(tx, actor, id);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'commune_indicator.update',
            recordType: 'commune_indicator',
            recordId: id,
            before,
            after,
          });
          return after;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicatePeriod(input.periodFrom);
        throw e;
      }
    },

    async get(actor: Actor, id: string): Promise<CommuneIndicator> {
      authorize(actor, 'key_area.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commune_indicator.read',
          recordType: 'commune_indicator',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: CommuneIndicatorListQuery): Promise<Paged<CommuneIndicator>> {
      authorize(actor, 'key_area.read');
      return db.transaction(async (tx) => {
        const page = await listIndicators(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commune_indicator.list',
          recordType: 'commune_indicator',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findIndicator(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'key_area.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, communeIndicatorContract, id, language);
    },
  };
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
