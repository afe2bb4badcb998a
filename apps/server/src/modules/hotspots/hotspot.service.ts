import {
  type Hotspot,
  type HotspotCreate,
  type HotspotListQuery,
  type HotspotMap,
  type HotspotMapQuery,
  type HotspotStatistics,
  type HotspotStatisticsQuery,
  type HotspotStatus,
  type HotspotTransition,
  type HotspotUpdate,
  hotspotContract,
  hotspotStatusLabel,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import {
  allowedHotspotTransitions,
  defaultHotspotRules,
  type HotspotRules,
  suggestHotspotKind,
  watchEndsOn,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { hotspot } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { personsOfHotspot } from '../persons/hotspot-person.service.ts';
import type { UnitService } from '../units/unit.service.ts';
import { hotspotMapOf } from './hotspot.map.ts';
import { findHotspot, insertHotspot, insertHotspotEvent, listHotspots } from './hotspot.repository.ts';
import { hotspotStatisticsOf } from './hotspot.statistics.ts';
import { placeHotspot } from './hotspot-placement.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Legal dates of a hotspot: not in the future, not before the first unit data (31/8/2004). */
function assertDate(path: string, on: string, statusSince?: string) {
  if (on > todayInVietnam()) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
  if (statusSince && on < statusSince)
    throw invalid(path, 'date.notBeforeCurrentStatus', { date: vnDate(statusSince) });
}

const facts = (input: HotspotCreate) => ({
  name: input.name,
  behaviours: [...new Set(input.behaviours)],
  detectedOn: input.detectedOn,
  lat: input.location?.lat ?? null,
  lng: input.location?.lng ?? null,
  address: input.address ?? null,
  description: input.description ?? null,
  responsibleOfficer: input.responsibleOfficer ?? null,
  linkedPersons: input.linkedPersons ?? null,
  linkedBusinesses: input.linkedBusinesses ?? null,
  sellers: input.sellers ?? null,
  users: input.users ?? null,
  citations: input.citations ?? [],
});

/** The hotspot register (điểm, tụ điểm): record, edit, move through the lifecycle, list, read, timeline. */
export function createHotspotService(db: Db, deps: { units: UnitService; rules?: HotspotRules }) {
  const rules = deps.rules ?? defaultHotspotRules;
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findHotspot(tx, actor, id);
    if (!found) throw notFound('hotspot.notFound');
    return found;
  };
  const agencyFor = (actor: Actor, input: { agencyId?: string | undefined }) =>
    input.agencyId ?? actor.agencyId;

  return {
    contract: hotspotContract,

    async create(actor: Actor, input: HotspotCreate, opts: { isDemo?: boolean } = {}): Promise<Hotspot> {
      authorize(actor, 'hotspot.write');
      assertDate('detectedOn', input.detectedOn);
      const unitId = await placeHotspot(db, deps.units, actor, input, input.detectedOn);
      if (input.agencyId && input.agencyId !== actor.agencyId)
        throw invalid('agencyId', 'hotspot.ownAgencyOnly');
      return db.transaction(async (tx) => {
        const id = await insertHotspot(tx, {
          ...facts(input),
          kind: input.kind ?? suggestHotspotKind(input, rules),
          status: 'detected',
          statusSince: input.detectedOn,
          unitId,
          agencyId: agencyFor(actor, input),
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await insertHotspotEvent(tx, {
          hotspotId: id,
          fromStatus: null,
          toStatus: 'detected',
          on: input.detectedOn,
          reason: 'Ghi nhận điểm, tụ điểm',
          createdBy: actor.userId,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'hotspot.create',
          recordType: 'hotspot',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: HotspotUpdate): Promise<Hotspot> {
      authorize(actor, 'hotspot.write');
      assertDate('detectedOn', input.detectedOn);
      const before = await mustFind(db, actor, id);
      const unitId = await placeHotspot(db, deps.units, actor, input, input.detectedOn);
      return db.transaction(async (tx) => {
        await updateVersioned(
          tx,
          hotspot,
          actor,
          { id, version: input.version },
          {
            ...facts(input),
            kind: input.kind ?? before.kind,
            unitId,
          },
        );
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'hotspot.update',
          recordType: 'hotspot',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /**
     * A dated status change with its reason (and the document cited): one UPDATE guarded by status and
     * version, its event and its audit row in one transaction. Entering `watching` sets the watch end;
     * `stable` is refused before it.
     */
    async transition(actor: Actor, id: string, input: HotspotTransition): Promise<Hotspot> {
      authorize(actor, 'hotspot.transition');
      const before = await mustFind(db, actor, id);
      assertDate('on', input.on, before.statusSince);
      if (input.to === 'stable' && before.watchUntil && input.on < before.watchUntil)
        throw invalid('on', 'date.watchNotOver', { until: vnDate(before.watchUntil) });
      const watchUntil =
        input.to === 'watching'
          ? watchEndsOn(input.on, rules)
          : input.to === 'reactivated'
            ? null
            : before.watchUntil;
      return db.transaction(async (tx) => {
        await transitionStatus<HotspotStatus>(tx, hotspot, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedHotspotTransitions,
          label: (s) => hotspotStatusLabel[s],
          set: { statusSince: input.on, watchUntil },
        });
        await insertHotspotEvent(tx, {
          hotspotId: id,
          fromStatus: before.status,
          toStatus: input.to,
          on: input.on,
          reason: input.reason,
          citation: input.citation ?? null,
          createdBy: actor.userId,
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'hotspot.transition',
          recordType: 'hotspot',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince, watchUntil: before.watchUntil },
          after: {
            status: input.to,
            statusSince: input.on,
            watchUntil,
            reason: input.reason,
            citation: input.citation ?? null,
          },
        });
        return after;
      });
    },

    /**
     * Reading a hotspot is audited (it may name people in its free-text links), with the person records linked
     * to it: those the reader may read, masked as person lists are (each audited as a read of that person).
     */
    async get(actor: Actor, id: string): Promise<Hotspot> {
      authorize(actor, 'hotspot.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'hotspot.read',
          recordType: 'hotspot',
          recordId: id,
        });
        return { ...found, personLinks: await personsOfHotspot(tx, actor, id, todayInVietnam()) };
      });
    },

    async list(actor: Actor, q: HotspotListQuery): Promise<Paged<Hotspot>> {
      authorize(actor, 'hotspot.read');
      return db.transaction(async (tx) => {
        const page = await listHotspots(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'hotspot.list',
          recordType: 'hotspot',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** The register on the map in the units of date `at` (default today), with per-unit counts. */
    async map(actor: Actor, q: HotspotMapQuery): Promise<HotspotMap> {
      authorize(actor, 'hotspot.read');
      const at = q.at ?? todayInVietnam();
      if (q.from && q.to && q.from > q.to) throw invalid('to', 'date.endBeforeStart');
      return hotspotMapOf(db, deps.units, actor, { ...q, at });
    },

    /** Gi*, trends and density of hotspot formations in the actor's jurisdiction over a period. */
    async statistics(actor: Actor, q: HotspotStatisticsQuery): Promise<HotspotStatistics> {
      authorize(actor, 'hotspot.read');
      const today = todayInVietnam();
      const to = q.to ?? today;
      const from = q.from ?? `${Number(to.slice(0, 4)) - 3}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 30)
        throw invalid('from', 'hotspot.statsPeriodTooLong');
      return hotspotStatisticsOf(db, deps.units, actor, { ...q, from, to, at: q.at ?? to });
    },

    /** May the actor read this hotspot? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findHotspot(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'hotspot.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, hotspotContract, id, language);
    },
  };
}

export type HotspotService = ReturnType<typeof createHotspotService>;
