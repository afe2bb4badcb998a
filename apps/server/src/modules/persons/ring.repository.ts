import type { Paged, RingListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, ring, ringMember, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

/**
 * Rings (đường dây, ổ nhóm): scoped by the ring's commune for the person register's permission asked (out of
 * scope = does not exist). Members are rows with dates: leaving a ring closes the row, never deletes it.
 */
const memberCount = sql<number>`(select count(*)::int from ring_member m where m.ring_id = ${ring.id} and m.to_on is null)`;
const columns = {
  r: ring,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  memberCount,
};
export type RingRow = {
  r: typeof ring.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  memberCount: number;
};

const scoped = (db: Db, actor: Actor, permission: 'person.read' | 'person.write', where?: SQL) =>
  db
    .select(columns)
    .from(ring)
    .innerJoin(unit, eq(unit.id, ring.unitId))
    .innerJoin(agency, eq(agency.id, ring.agencyId))
    .where(and(unitInScope(actor, permission, ring.unitId), where));

export async function findRingRow(
  db: Db,
  actor: Actor,
  id: string,
  permission: 'person.read' | 'person.write' = 'person.read',
): Promise<RingRow | null> {
  const [row] = await scoped(db, actor, permission, eq(ring.id, id));
  return row ?? null;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');
const sortColumns = { name: ring.nameFold, detectedOn: ring.detectedOn, updatedAt: ring.updatedAt } as const;

/** One page of rings in scope, by folded name, kind, commune or member. */
export async function listRingRows(db: Db, actor: Actor, q: RingListQuery): Promise<Paged<RingRow>> {
  const where = and(
    q.q ? sql`${ring.nameFold} like pcmt_fold(${`%${escapeLike(q.q)}%`})` : undefined,
    q.kind ? eq(ring.kind, q.kind) : undefined,
    q.unitId ? eq(ring.unitId, q.unitId) : undefined,
    q.personId
      ? sql`exists (select 1 from ring_member m where m.ring_id = ${ring.id} and m.person_id = ${q.personId})`
      : undefined,
  );
  const column = sortColumns[q.sort ?? (q.q ? 'name' : 'updatedAt')];
  const direction = (q.order ?? (q.sort || q.q ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    (limit, offset) =>
      scoped(db, actor, 'person.read', where)
        .orderBy(direction(column), asc(ring.id))
        .limit(limit)
        .offset(offset),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(ring)
        .where(and(unitInScope(actor, 'person.read', ring.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertRing(tx: Db, values: typeof ring.$inferInsert): Promise<string> {
  const [row] = await tx.insert(ring).values(values).returning({ id: ring.id });
  return row!.id;
}

export const membersOf = (db: Db, ringId: string) =>
  db
    .select()
    .from(ringMember)
    .where(eq(ringMember.ringId, ringId))
    .orderBy(asc(ringMember.fromOn), asc(ringMember.createdAt));

export async function openMembership(db: Db, ringId: string, personId: string) {
  const [row] = await db
    .select()
    .from(ringMember)
    .where(and(eq(ringMember.ringId, ringId), eq(ringMember.personId, personId), isNull(ringMember.toOn)));
  return row ?? null;
}

export async function insertMember(tx: Db, values: typeof ringMember.$inferInsert): Promise<void> {
  await tx.insert(ringMember).values(values);
}

/** Leaving the ring: the open membership closes on `toOn` (never before it began). */
export async function closeMembership(tx: Db, ringId: string, personId: string, toOn: string): Promise<void> {
  await tx
    .update(ringMember)
    .set({ toOn: sql`greatest(coalesce(${ringMember.fromOn}, ${toOn}::date), ${toOn}::date)` })
    .where(and(eq(ringMember.ringId, ringId), eq(ringMember.personId, personId), isNull(ringMember.toOn)));
}
