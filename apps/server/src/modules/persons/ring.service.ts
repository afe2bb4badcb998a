import type {
  Paged,
  Ring,
  RingCreate,
  RingListQuery,
  RingMemberAdd,
  RingMemberRemove,
  RingSummary,
  RingUpdate,
  TimelineEntry,
} from '@pcmt/contracts';
import { ringContract } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { ring } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { communeValidOn, findPersonRow, personRowsByIds, unitWithinScope } from './person.repository.ts';
import { type PersonDeps, personContext } from './person-context.ts';
import { vnDate } from './person-rules.ts';
import {
  closeMembership,
  findRingRow,
  insertMember,
  insertRing,
  listRingRows,
  membersOf,
  openMembership,
  type RingRow,
} from './ring.repository.ts';

const toSummary = (r: RingRow): RingSummary => ({
  id: r.r.id,
  kind: r.r.kind as RingSummary['kind'],
  name: r.r.name,
  detectedOn: r.r.detectedOn,
  dismantledOn: r.r.dismantledOn,
  unit: { id: r.r.unitId, code: r.unitCode, name: r.unitName },
  agency: { id: r.r.agencyId, code: r.agencyCode, name: r.agencyName },
  memberCount: r.memberCount,
  isDemo: r.r.isDemo,
  version: r.r.version,
  updatedAt: r.r.updatedAt.toISOString(),
});

/**
 * Rings (đường dây, ổ nhóm) and their members (issue 9 §1, §6), under the person register's permissions and
 * scoped by the ring's commune. A member is shown as person lists show them (CCCD masked) to a reader who may
 * read that person, else by id only. Membership changes are versioned on the ring and audited on both the ring
 * and the person (each timeline tells it).
 */
export function createRingService(db: Db, deps: PersonDeps) {
  const ctx = personContext(db, deps);
  const { today, summaries } = ctx;

  const mustFind = async (tx: Db, actor: Actor, id: string, permission: 'person.read' | 'person.write') => {
    const row = await findRingRow(tx, actor, id, permission);
    if (!row) throw notFound('ring.notFound');
    return row;
  };

  async function present(tx: Db, actor: Actor, row: RingRow): Promise<Ring> {
    const members = await membersOf(tx, row.r.id);
    const readable = await summaries(
      tx,
      await personRowsByIds(tx, actor, [...new Set(members.map((m) => m.personId))]),
    );
    const byId = new Map(readable.map((p) => [p.id, p]));
    return {
      ...toSummary(row),
      description: row.r.description,
      members: members.map((m) => ({
        personId: m.personId,
        person: byId.get(m.personId) ?? null,
        role: m.role,
        fromOn: m.fromOn,
        toOn: m.toOn,
      })),
      createdAt: row.r.createdAt.toISOString(),
    };
  }

  /** The commune the ring is managed from: a commune on the date, inside the actor's jurisdiction. */
  async function checkPlace(actor: Actor, input: RingCreate | RingUpdate, t: string) {
    if (input.detectedOn && input.detectedOn > t) throw invalid('detectedOn', 'date.notAfterToday');
    const on = input.detectedOn ?? t;
    if (!(await communeValidOn(db, input.unitId, on)))
      throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(on) });
    if (!(await unitWithinScope(db, actor, input.unitId, 'person.write')))
      throw invalid('unitId', 'unit.outsideJurisdiction');
  }

  const audit = (tx: Db, actor: Actor, entries: Parameters<typeof appendAudit>[2]) =>
    appendAudit(tx, auditContextOf(actor), entries);

  return {
    contract: ringContract,

    async list(actor: Actor, q: RingListQuery): Promise<Paged<RingSummary>> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const page = await listRingRows(tx, actor, q);
        await audit(tx, actor, {
          action: 'ring.list',
          recordType: 'ring',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return { ...page, data: page.data.map(toSummary) };
      });
    },

    async get(actor: Actor, id: string): Promise<Ring> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const out = await present(tx, actor, await mustFind(tx, actor, id, 'person.read'));
        await audit(tx, actor, { action: 'ring.read', recordType: 'ring', recordId: id });
        return out;
      });
    },

    async create(actor: Actor, input: RingCreate, opts: { isDemo?: boolean } = {}): Promise<Ring> {
      authorize(actor, 'person.write');
      await checkPlace(actor, input, today());
      return db.transaction(async (tx) => {
        const id = await insertRing(tx, {
          kind: input.kind,
          name: input.name,
          description: input.description ?? null,
          detectedOn: input.detectedOn ?? null,
          unitId: input.unitId,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await present(tx, actor, await mustFind(tx, actor, id, 'person.read'));
        const { members: _m, ...after } = created;
        await audit(tx, actor, { action: 'ring.create', recordType: 'ring', recordId: id, after });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: RingUpdate): Promise<Ring> {
      authorize(actor, 'person.write');
      const t = today();
      const before = await mustFind(db, actor, id, 'person.write');
      await checkPlace(actor, input, t);
      if (input.dismantledOn && input.dismantledOn > t) throw invalid('dismantledOn', 'date.notAfterToday');
      if (input.dismantledOn && input.detectedOn && input.dismantledOn < input.detectedOn)
        throw invalid('dismantledOn', 'ring.dismantledBeforeDetected');
      return db.transaction(async (tx) => {
        await updateVersioned(
          tx,
          ring,
          actor,
          { id, version: input.version },
          {
            kind: input.kind,
            name: input.name,
            description: input.description ?? null,
            detectedOn: input.detectedOn ?? null,
            dismantledOn: input.dismantledOn ?? null,
            unitId: input.unitId,
          },
        );
        const after = await present(tx, actor, await mustFind(tx, actor, id, 'person.read'));
        const { members: _m, ...afterView } = after;
        await audit(tx, actor, {
          action: 'ring.update',
          recordType: 'ring',
          recordId: id,
          before: toSummary(before),
          after: afterView,
        });
        return after;
      });
    },

    /** A person joins the ring with a role: the person must be one the actor may read (scoped both ways). */
    async addMember(actor: Actor, id: string, input: RingMemberAdd): Promise<Ring> {
      authorize(actor, 'person.write');
      const t = today();
      await mustFind(db, actor, id, 'person.write');
      const person = await findPersonRow(db, actor, input.personId);
      if (!person) throw invalid('personId', 'person.notFound');
      if (person.p.mergedIntoId) throw invalid('personId', 'person.alreadyMerged');
      if (input.fromOn && input.fromOn > t) throw invalid('fromOn', 'date.notAfterToday');
      if (await openMembership(db, id, input.personId))
        throw new AppError('conflict', 'ring.alreadyMember', undefined, {
          details: [issue('personId', 'ring.alreadyMember')],
        });
      const fromOn = input.fromOn ?? t;
      return db.transaction(async (tx) => {
        await updateVersioned(tx, ring, actor, { id, version: input.version }, {});
        await insertMember(tx, {
          ringId: id,
          personId: input.personId,
          role: input.role,
          fromOn,
          createdBy: actor.userId,
        });
        const change = { personId: input.personId, role: input.role, fromOn };
        await audit(tx, actor, [
          { action: 'ring.member.add', recordType: 'ring', recordId: id, after: change },
          {
            action: 'person.ring',
            recordType: 'person',
            recordId: input.personId,
            after: { ringId: id, ...change },
          },
        ]);
        return present(tx, actor, await mustFind(tx, actor, id, 'person.read'));
      });
    },

    /** A member leaves the ring (the row closes on `toOn`, default today; the history stays). */
    async removeMember(actor: Actor, id: string, input: RingMemberRemove): Promise<Ring> {
      authorize(actor, 'person.write');
      const t = today();
      await mustFind(db, actor, id, 'person.write');
      const open = await openMembership(db, id, input.personId);
      if (!open) throw invalid('personId', 'ring.notMember');
      const toOn = input.toOn ?? t;
      if (toOn > t) throw invalid('toOn', 'date.notAfterToday');
      if (open.fromOn && toOn < open.fromOn) throw invalid('toOn', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        await updateVersioned(tx, ring, actor, { id, version: input.version }, {});
        await closeMembership(tx, id, input.personId, toOn);
        const change = { personId: input.personId, role: open.role, toOn };
        await audit(tx, actor, [
          {
            action: 'ring.member.remove',
            recordType: 'ring',
            recordId: id,
            before: { linked: true },
            after: change,
          },
          {
            action: 'person.ring',
            recordType: 'person',
            recordId: input.personId,
            before: { ringId: id, linked: true },
            after: { ringId: id, linked: false, toOn },
          },
        ]);
        return present(tx, actor, await mustFind(tx, actor, id, 'person.read'));
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findRingRow(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'person.read');
      await mustFind(db, actor, id, 'person.read');
      return recordTimeline(db, ringContract, id, language);
    },
  };
}

export type RingService = ReturnType<typeof createRingService>;
