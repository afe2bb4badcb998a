import {
  type ActivityStatus,
  type ActivityTransition,
  activityStatusLabel,
  activityTransitions,
  type MassEvent,
  type MassEventCreate,
  type MassEventListQuery,
  type MassEventUpdate,
  massEventContract,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { massEvent } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { unitOnDate } from '../cases/case-links.repository.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { assertActivityDate, initialStatus, vnDate } from './activity-rules.ts';
import { findMassEvent, insertMassEvent, listMassEvents } from './mass-event.repository.ts';

/**
 * Mass-movement events (ngày hội toàn dân bảo vệ ANTQ, mít tinh hưởng ứng Tháng hành động, Ngày toàn dân
 * phòng, chống ma túy 26/6): record, edit, hold or cancel, list, read (audited), timeline. Counted in the
 * propaganda statistics and by the list's `total`.
 */
export function createMassEventService(db: Db, deps: { today?: () => string } = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findMassEvent(tx, actor, id);
    if (!found) throw notFound('mass_event.notFound');
    return found;
  };

  async function facts(actor: Actor, input: MassEventCreate | MassEventUpdate) {
    assertActivityDate('on', input.on);
    const place = await unitOnDate(db, actor, input.unitId, input.on, 'mass_event.write', true);
    if (!place) throw invalid('unitId', 'unit.notFound');
    if (!place.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    return {
      title: input.title,
      kind: input.kind,
      on: input.on,
      organizer: input.organizer,
      unitId: input.unitId,
      place: input.place ?? null,
      participants: input.participants ?? null,
      content: input.content ?? null,
      results: input.results ?? null,
    };
  }

  return {
    contract: massEventContract,

    async create(actor: Actor, input: MassEventCreate, opts: { isDemo?: boolean } = {}): Promise<MassEvent> {
      authorize(actor, 'mass_event.write');
      const values = await facts(actor, input);
      const status = initialStatus(input.status, input.on, today(), 'mass_event.heldInFuture');
      if (status === 'held' && values.participants === null)
        throw invalid('participants', 'propaganda.participantsRequired');
      return db.transaction(async (tx) => {
        const id = await insertMassEvent(tx, {
          ...values,
          status,
          statusSince: status === 'held' || values.on < today() ? values.on : today(),
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'mass_event.create',
          recordType: 'mass_event',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: MassEventUpdate): Promise<MassEvent> {
      authorize(actor, 'mass_event.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input);
      if (before.status === 'held') {
        if (values.on > today()) throw invalid('on', 'mass_event.heldInFuture', { date: vnDate(values.on) });
        if (values.participants === null) throw invalid('participants', 'propaganda.participantsRequired');
      }
      return db.transaction(async (tx) => {
        await updateVersioned(tx, massEvent, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'mass_event.update',
          recordType: 'mass_event',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async transition(actor: Actor, id: string, input: ActivityTransition): Promise<MassEvent> {
      authorize(actor, 'mass_event.write');
      const before = await mustFind(db, actor, id);
      if (input.on > today()) throw invalid('on', 'date.notAfterToday');
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      const participants = input.participants ?? before.participants;
      if (input.to === 'held') {
        if (before.on > today()) throw invalid('to', 'mass_event.heldInFuture', { date: vnDate(before.on) });
        if (participants === null) throw invalid('participants', 'propaganda.participantsRequired');
      }
      return db.transaction(async (tx) => {
        await transitionStatus<ActivityStatus>(tx, massEvent, actor, {
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
          action: 'mass_event.transition',
          recordType: 'mass_event',
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

    async get(actor: Actor, id: string): Promise<MassEvent> {
      authorize(actor, 'mass_event.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'mass_event.read',
          recordType: 'mass_event',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: MassEventListQuery): Promise<Paged<MassEvent>> {
      authorize(actor, 'mass_event.read');
      return db.transaction(async (tx) => {
        const page = await listMassEvents(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'mass_event.list',
          recordType: 'mass_event',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findMassEvent(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'mass_event.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, massEventContract, id, language);
    },
  };
}

export type MassEventService = ReturnType<typeof createMassEventService>;
