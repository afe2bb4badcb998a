import {
  type Paged,
  type Plant,
  type PlantCreate,
  type PlantListQuery,
  type PlantStatistics,
  type PlantStatisticsQuery,
  type PlantStatus,
  type PlantTransition,
  type PlantUpdate,
  plantContract,
  plantStatusLabel,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedPlantTransitions, roundArea } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { narcoticPlant } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { vnDate } from '../businesses/business-rules.ts';
import { unitOnDate } from '../cases/case-links.repository.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { findPlant, insertPlant, listPlants, visibleCases, visiblePersons } from './plant.repository.ts';
import { assertDetection, transitionFacts } from './plant-rules.ts';
import { plantStatistics } from './plant-statistics.repository.ts';

export type PlantDeps = { today?: () => string };

/**
 * The narcotic plant register: record a detection, edit it, destroy it or hand it over (status moves with
 * the biên bản's facts), list, read (audited), timeline, and the period's figures for the report indicators.
 */
export function createPlantService(db: Db, deps: PlantDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findPlant(tx, actor, id);
    if (!found) throw notFound('plant.notFound');
    return found;
  };

  /** A newly linked case must be one the actor sees in the case register (else refused as unknown). */
  async function assertCaseLink(
    actor: Actor,
    path: string,
    caseId: string | null | undefined,
    linked?: string | null,
  ) {
    if (!caseId || caseId === linked) return;
    if (!(await visibleCases(db, actor, [caseId])).has(caseId)) throw invalid(path, 'plant.caseNotFound');
  }

  /** Checks the dates, the commune of the detection date (in the writer's jurisdiction) and new links. */
  async function facts(actor: Actor, input: PlantCreate, before?: Plant) {
    assertDetection(input, today());
    const commune = await unitOnDate(db, actor, input.unitId, input.detectedOn, 'plant.write');
    if (!commune) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(input.detectedOn) });
    if (!commune.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    const person = input.growerPersonId;
    if (
      person &&
      person !== before?.growerPersonId &&
      !(await visiblePersons(db, actor, [person])).has(person)
    )
      throw invalid('growerPersonId', 'plant.personNotFound');
    await assertCaseLink(actor, 'caseId', input.caseId, before?.caseId);
    // A correction after the destruction cannot leave less found than the biên bản says was destroyed.
    const destroyed = before?.destruction;
    if (destroyed?.areaM2 != null && input.areaM2 != null && roundArea(input.areaM2) < destroyed.areaM2)
      throw invalid('areaM2', 'plant.foundLessThanDestroyed', { value: `${destroyed.areaM2} m²` });
    if (destroyed?.plantCount != null && input.plantCount != null && input.plantCount < destroyed.plantCount)
      throw invalid('plantCount', 'plant.foundLessThanDestroyed', { value: `${destroyed.plantCount} cây` });
    return {
      species: input.species,
      speciesName: input.speciesName ?? null,
      detectedOn: input.detectedOn,
      place: input.place,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
      unitId: input.unitId,
      areaM2: input.areaM2 == null ? null : String(roundArea(input.areaM2)),
      plantCount: input.plantCount ?? null,
      growthStage: input.growthStage ?? null,
      detectedBy: input.detectedBy,
      growerName: input.growerName ?? null,
      growerPersonId: person ?? null,
      caseId: input.caseId ?? null,
      notes: input.notes ?? null,
    };
  }

  return {
    contract: plantContract,

    async create(actor: Actor, input: PlantCreate, opts: { isDemo?: boolean } = {}): Promise<Plant> {
      authorize(actor, 'plant.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertPlant(tx, {
          ...values,
          status: 'detected',
          statusSince: values.detectedOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.create',
          recordType: 'plant',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: PlantUpdate): Promise<Plant> {
      authorize(actor, 'plant.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input, before);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, narcoticPlant, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.update',
          recordType: 'plant',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** Destroy (with the biên bản) or hand over: guarded by status and version, its facts in the trail. */
    async transition(actor: Actor, id: string, input: PlantTransition): Promise<Plant> {
      authorize(actor, 'plant.transition');
      const before = await mustFind(db, actor, id);
      const set = transitionFacts(before, input, today());
      if (input.to === 'handed_over' && input.caseId) {
        await assertCaseLink(actor, 'caseId', input.caseId, before.caseId);
        set.caseId = input.caseId;
      }
      return db.transaction(async (tx) => {
        await transitionStatus<PlantStatus>(tx, narcoticPlant, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedPlantTransitions,
          label: (s) => plantStatusLabel[s],
          set,
        });
        const after = await mustFind(tx, actor, id);
        const { version: _v, ...moved } = input;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.transition',
          recordType: 'plant',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { ...moved, status: input.to, statusSince: input.on },
        });
        return after;
      });
    },

    /** Reading a detection is audited (the grower's name is personal data). */
    async get(actor: Actor, id: string): Promise<Plant> {
      authorize(actor, 'plant.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.read',
          recordType: 'plant',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: PlantListQuery): Promise<Paged<Plant>> {
      authorize(actor, 'plant.read');
      if (q.from && q.to && q.from > q.to) throw invalid('to', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        const page = await listPlants(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.list',
          recordType: 'plant',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** Counts of a period for the report indicators (no names), in the actor's jurisdiction; audited. */
    async statistics(actor: Actor, q: PlantStatisticsQuery): Promise<PlantStatistics> {
      authorize(actor, 'plant.statistics');
      const to = q.to ?? today();
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
        throw invalid('from', 'plant.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await plantStatistics(tx, actor, { ...q, from, to });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'plant.statistics',
          recordType: 'plant',
          after: { filter: q, detections: stats.totals.detections },
        });
        return stats;
      });
    },

    /** May the actor read this record? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPlant(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'plant.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, plantContract, id, language);
    },
  };
}

export type PlantService = ReturnType<typeof createPlantService>;
