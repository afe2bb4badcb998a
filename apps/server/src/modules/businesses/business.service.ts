import {
  type Business,
  type BusinessCreate,
  type BusinessListQuery,
  type BusinessStatus,
  type BusinessTransition,
  type BusinessUpdate,
  businessContract,
  businessStatusLabel,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedBusinessTransitions, type BusinessRiskRules, defaultBusinessRiskRules } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { business } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import {
  communeForBusiness,
  findBusiness,
  insertBusiness,
  linkableHotspots,
  listBusinesses,
  type RiskClock,
} from './business.repository.ts';
import { assertPastDate, vnDate } from './business-rules.ts';
import { createInspectionService } from './inspection.service.ts';

export type BusinessDeps = { rules?: BusinessRiskRules; today?: () => string };

/**
 * The register of businesses with security-and-order conditions: record, edit, move through the statuses,
 * list (with risk and follow-up filters), read (audited), timeline; inspections and counts come from
 * `inspection.service.ts` on the same clock and rules.
 */
export function createBusinessService(db: Db, deps: BusinessDeps = {}) {
  const rules = deps.rules ?? defaultBusinessRiskRules;
  const today = deps.today ?? (() => todayInVietnam());
  const clock = (): RiskClock => ({ today: today(), rules });
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findBusiness(tx, actor, clock(), id);
    if (!found) throw notFound('business.notFound');
    return found;
  };

  /** Checks dates, the commune (of `unitOn`, in the writer's jurisdiction) and newly linked hotspots. */
  async function facts(actor: Actor, input: BusinessCreate, linked: readonly string[] = []) {
    const now = today();
    const unitOn = input.unitOn ?? now;
    assertPastDate('unitOn', unitOn, now);
    assertPastDate('certificateDate', input.certificateDate, now);
    const commune = await communeForBusiness(db, actor, input.unitId, unitOn);
    if (!commune) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(unitOn) });
    if (!commune.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    const hotspotIds = [...new Set(input.hotspotIds ?? [])];
    const fresh = hotspotIds.filter((id) => !linked.includes(id));
    const visible = await linkableHotspots(db, actor, fresh);
    const missing = fresh.findIndex((id) => !visible.has(id));
    if (missing >= 0)
      throw invalid(`hotspotIds.${hotspotIds.indexOf(fresh[missing]!)}`, 'business.hotspotNotFound');
    return {
      line: input.line,
      name: input.name,
      ownerName: input.ownerName ?? null,
      managerName: input.managerName ?? null,
      address: input.address,
      unitId: input.unitId,
      unitOn,
      certificateNumber: input.certificateNumber ?? null,
      certificateDate: input.certificateDate ?? null,
      certificateIssuer: input.certificateIssuer ?? null,
      hotspotIds,
      notes: input.notes ?? null,
    };
  }

  const inspections = createInspectionService(db, { rules, clock, mustFind });

  return {
    contract: businessContract,
    ...inspections,

    async create(actor: Actor, input: BusinessCreate, opts: { isDemo?: boolean } = {}): Promise<Business> {
      authorize(actor, 'business.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertBusiness(tx, {
          ...values,
          status: 'operating',
          statusSince: values.certificateDate ?? values.unitOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.create',
          recordType: 'business',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: BusinessUpdate): Promise<Business> {
      authorize(actor, 'business.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input, before.hotspotIds);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, business, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.update',
          recordType: 'business',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** Suspend, resume, close, reopen or revoke: guarded by status and version, with its reason in the trail. */
    async transition(actor: Actor, id: string, input: BusinessTransition): Promise<Business> {
      authorize(actor, 'business.transition');
      const before = await mustFind(db, actor, id);
      assertPastDate('on', input.on, today());
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<BusinessStatus>(tx, business, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedBusinessTransitions,
          label: (s) => businessStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.transition',
          recordType: 'business',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, statusSince: input.on, reason: input.reason },
        });
        return after;
      });
    },

    /** Reading a business is audited (owner and manager names are personal data). */
    async get(actor: Actor, id: string): Promise<Business> {
      authorize(actor, 'business.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.read',
          recordType: 'business',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: BusinessListQuery): Promise<Paged<Business>> {
      authorize(actor, 'business.read');
      return db.transaction(async (tx) => {
        const page = await listBusinesses(tx, actor, clock(), q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.list',
          recordType: 'business',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** May the actor read this business? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findBusiness(db, actor, clock(), id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'business.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, businessContract, id, language);
    },
  };
}

export type BusinessService = ReturnType<typeof createBusinessService>;
