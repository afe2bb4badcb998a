import {
  type ActivityStatus,
  activityTransitions,
  type MassEvent,
  type MassEventListQuery,
  type Paged,
} from '@pcmt/contracts';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, massEvent, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type Row = {
  e: typeof massEvent.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

/** Every mass-event query, inside the actor's jurisdiction for `mass_event.read` (by the unit where held). */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select({
      e: massEvent,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(massEvent)
    .innerJoin(unit, eq(unit.id, massEvent.unitId))
    .innerJoin(agency, eq(agency.id, massEvent.agencyId))
    .where(and(unitInScope(actor, 'mass_event.read', massEvent.unitId), where));

const toMassEvent = (r: Row): MassEvent => {
  const e = r.e;
  const status = e.status as ActivityStatus;
  return {
    id: e.id,
    title: e.title,
    kind: e.kind as MassEvent['kind'],
    on: e.on,
    organizer: e.organizer,
    unit: { id: e.unitId, code: r.unitCode, name: r.unitName },
    place: e.place,
    participants: e.participants,
    content: e.content,
    results: e.results,
    status,
    statusSince: e.statusSince,
    allowedTransitions: [...activityTransitions[status]],
    agency: { id: e.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: e.isDemo,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
};

export async function findMassEvent(db: Db, actor: Actor, id: string): Promise<MassEvent | null> {
  const [row] = await scoped(db, actor, eq(massEvent.id, id));
  return row ? toMassEvent(row as Row) : null;
}

function filters(q: MassEventListQuery): SQL | undefined {
  const t = massEvent;
  return and(
    q.q ? sql`pcmt_fold(${t.title}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.status?.length ? inArray(t.status, q.status) : undefined,
    q.kind?.length ? inArray(t.kind, q.kind) : undefined,
    q.unitId
      ? sql`${t.unitId} in (select id from unit where id = ${q.unitId} or parent_id = ${q.unitId})`
      : undefined,
    q.from ? sql`${t.on} >= ${q.from}::date` : undefined,
    q.to ? sql`${t.on} <= ${q.to}::date` : undefined,
  );
}

export async function listMassEvents(db: Db, actor: Actor, q: MassEventListQuery): Promise<Paged<MassEvent>> {
  const where = filters(q);
  const t = massEvent;
  const sortColumns = {
    on: t.on,
    title: t.title,
    participants: t.participants,
    updatedAt: t.updatedAt,
  } as const;
  const sort = q.sort ?? 'on';
  const direction =
    (q.order ?? (q.sort && q.sort !== 'participants' ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await scoped(db, actor, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(t.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map(toMassEvent),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(t)
        .where(and(unitInScope(actor, 'mass_event.read', t.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertMassEvent(tx: Db, values: typeof massEvent.$inferInsert): Promise<string> {
  const [row] = await tx.insert(massEvent).values(values).returning({ id: massEvent.id });
  return row!.id;
}
