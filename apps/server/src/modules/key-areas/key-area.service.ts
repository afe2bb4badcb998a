import {
  type CommuneClassification,
  type KeyArea,
  type KeyAreaCreate,
  type KeyAreaListQuery,
  type KeyAreaRemoval,
  type KeyAreaStatus,
  type KeyAreaUpdate,
  keyAreaClasses,
  keyAreaContract,
  keyAreaStatusLabel,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { keyArea } from '../../platform/db/schema/index.ts';
import { AppError, fieldError, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { assertPastDate, vnDate } from './area-rules.ts';
import { findClassification } from './classification.repository.ts';
import { communeValidThroughout, unitInActorScope } from './commune.repository.ts';
import { isUniqueViolation } from './indicator.service.ts';
import { activeDesignation, findKeyArea, insertKeyArea, listKeyAreas } from './key-area.repository.ts';

/** The designation's lifecycle: in force until a removal decision; a removed designation stays removed. */
const keyAreaMoves: Record<KeyAreaStatus, readonly KeyAreaStatus[]> = {
  designated: ['removed'],
  removed: [],
};

const alreadyDesignated = (decisionNumber: string) =>
  new AppError('conflict', 'key_area.alreadyDesignated', { decision: decisionNumber });

const decision = (input: KeyAreaCreate, basis: CommuneClassification) => ({
  basisClassificationId: basis.id,
  communeClass: basis.communeClass,
  decisionNumber: input.decisionNumber,
  decisionDate: input.decisionDate,
  decisionIssuer: input.decisionIssuer,
  note: input.note ?? null,
  citations: input.citations ?? [],
});

/**
 * Key areas (địa bàn trọng điểm, phức tạp về ma túy): a commune designated by a decision on the basis of one
 * of its classifications (loại I, II or III), later removed by another decision. The commune designated is
 * the basis's commune, which must still exist on the decision date; one designation in force per commune.
 */
export function createKeyAreaService(db: Db) {
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findKeyArea(tx, actor, id);
    if (!found) throw notFound('key_area.notFound');
    return found;
  };

  /** The basis classification, in the actor's jurisdiction for designating, and the decision's dates. */
  async function basisFor(actor: Actor, input: KeyAreaCreate): Promise<CommuneClassification> {
    const basis = await findClassification(db, actor, input.basisClassificationId);
    if (!basis || !(await unitInActorScope(db, actor, basis.unit.id, 'key_area.write')))
      throw fieldError('not_found', 'basisClassificationId', 'commune_classification.notFound');
    if (!(keyAreaClasses as readonly string[]).includes(basis.communeClass))
      throw invalid('basisClassificationId', 'key_area.classRequired');
    assertPastDate('decisionDate', input.decisionDate, todayInVietnam(), {
      date: basis.asOf,
      messageId: 'key_area.dateBeforeClassification',
    });
    if (!(await communeValidThroughout(db, basis.unit.id, input.decisionDate, input.decisionDate)))
      throw invalid('basisClassificationId', 'key_area.basisCommuneGone', {
        date: vnDate(input.decisionDate),
      });
    return basis;
  }

  return {
    contract: keyAreaContract,

    async create(actor: Actor, input: KeyAreaCreate, opts: { isDemo?: boolean } = {}): Promise<KeyArea> {
      authorize(actor, 'key_area.write');
      const basis = await basisFor(actor, input);
      const active = await activeDesignation(db, basis.unit.id);
      if (active) throw alreadyDesignated(active.decisionNumber);
      try {
        return await db.transaction(async (tx) => {
          const id = await insertKeyArea(tx, {
            ...decision(input, basis),
            unitId: basis.unit.id,
            status: 'designated',
            agencyId: actor.agencyId,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          const created = await mustFind(tx, actor, id);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'key_area.create',
            recordType: 'key_area',
            recordId: id,
            after: created,
          });
          return created;
        });
      } catch (e) {
        // Two designations of one commune at once: the partial unique index lets one through.
        if (isUniqueViolation(e)) throw new AppError('conflict', 'key_area.justDesignated');
        throw e;
      }
    },

    /** Corrects the decision (number, date, issuer, basis of the same commune, note, citations). */
    async update(actor: Actor, id: string, input: KeyAreaUpdate): Promise<KeyArea> {
      authorize(actor, 'key_area.write');
      const before = await mustFind(db, actor, id);
      if (!(await unitInActorScope(db, actor, before.unit.id, 'key_area.write')))
        throw notFound('key_area.notFound');
      const basis = await basisFor(actor, input);
      if (basis.unit.id !== before.unit.id)
        throw invalid('basisClassificationId', 'key_area.basisOtherCommune', { commune: before.unit.name });
      if (before.removal && input.decisionDate > before.removal.on)
        throw invalid('decisionDate', 'key_area.dateAfterRemoval', { date: vnDate(before.removal.on) });
      return db.transaction(async (tx) => {
        await updateVersioned(tx, keyArea, actor, { id, version: input.version }, decision(input, basis));
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'key_area.update',
          recordType: 'key_area',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** designated → removed by a removal decision; a stale version or a removed designation is 409. */
    async remove(actor: Actor, id: string, input: KeyAreaRemoval): Promise<KeyArea> {
      authorize(actor, 'key_area.write');
      const before = await mustFind(db, actor, id);
      if (!(await unitInActorScope(db, actor, before.unit.id, 'key_area.write')))
        throw notFound('key_area.notFound');
      assertPastDate('on', input.on, todayInVietnam(), {
        date: before.decisionDate,
        messageId: 'key_area.dateBeforeDecision',
      });
      return db.transaction(async (tx) => {
        await transitionStatus<KeyAreaStatus>(tx, keyArea, actor, {
          id,
          version: input.version,
          from: before.status,
          to: 'removed',
          allowed: (s) => keyAreaMoves[s],
          label: (s) => keyAreaStatusLabel[s],
          set: {
            removalDecisionNumber: input.decisionNumber,
            removalDate: input.on,
            removalReason: input.reason,
          },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'key_area.remove',
          recordType: 'key_area',
          recordId: id,
          before: { status: before.status },
          after: {
            status: 'removed',
            removalDecisionNumber: input.decisionNumber,
            removalDate: input.on,
            reason: input.reason,
          },
        });
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<KeyArea> {
      authorize(actor, 'key_area.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'key_area.read',
          recordType: 'key_area',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: KeyAreaListQuery): Promise<Paged<KeyArea>> {
      authorize(actor, 'key_area.read');
      if (q.from && q.to && q.from > q.to) throw invalid('to', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        const page = await listKeyAreas(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'key_area.list',
          recordType: 'key_area',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findKeyArea(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'key_area.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, keyAreaContract, id, language);
    },
  };
}

export type KeyAreaService = ReturnType<typeof createKeyAreaService>;
