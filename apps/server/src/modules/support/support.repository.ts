import type { Paged, Support, SupportListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, policeSupport, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { foldedLike } from '../commendations/record-unit.ts';
import { pageOf } from '../kit/paged.ts';

const columns = {
  s: policeSupport,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type Row = {
  s: typeof policeSupport.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

const toSupport = (r: Row): Support => ({
  id: r.s.id,
  unit: { id: r.s.unitId, code: r.unitCode, name: r.unitName },
  on: r.s.on,
  kind: r.s.kind as Support['kind'],
  description: r.s.description,
  quantity: r.s.quantity === null ? null : Number(r.s.quantity),
  quantityUnit: r.s.quantityUnit,
  valueVnd: r.s.valueVnd,
  source: r.s.source as Support['source'],
  decisionRef: r.s.decisionRef,
  agency: { id: r.s.agencyId, code: r.agencyCode, name: r.agencyName },
  isDemo: r.s.isDemo,
  version: r.s.version,
  createdAt: r.s.createdAt.toISOString(),
  updatedAt: r.s.updatedAt.toISOString(),
});

/** Every support query: with its commune and agency, inside the actor's jurisdiction for reading. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(policeSupport)
    .innerJoin(unit, eq(unit.id, policeSupport.unitId))
    .innerJoin(agency, eq(agency.id, policeSupport.agencyId))
    .where(and(unitInScope(actor, 'support.read', policeSupport.unitId), where));

export async function findSupport(db: Db, actor: Actor, id: string): Promise<Support | null> {
  const [row] = await scoped(db, actor, eq(policeSupport.id, id));
  return row ? toSupport(row as Row) : null;
}

function filters(q: SupportListQuery): SQL | undefined {
  return and(
    q.q ? foldedLike(policeSupport.descriptionFold, q.q) : undefined,
    q.kind?.length ? inArray(policeSupport.kind, q.kind) : undefined,
    q.source?.length ? inArray(policeSupport.source, q.source) : undefined,
    q.unitId ? eq(policeSupport.unitId, q.unitId) : undefined,
    q.from ? gte(policeSupport.on, q.from) : undefined,
    q.to ? lte(policeSupport.on, q.to) : undefined,
  );
}

export async function listSupport(db: Db, actor: Actor, q: SupportListQuery): Promise<Paged<Support>> {
  const where = filters(q);
  const sortColumns = {
    on: policeSupport.on,
    valueVnd: policeSupport.valueVnd,
    updatedAt: policeSupport.updatedAt,
  } as const;
  const sort = q.sort ?? 'on';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await scoped(db, actor, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(policeSupport.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map(toSupport),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(policeSupport)
        .where(and(unitInScope(actor, 'support.read', policeSupport.unitId), where));
      return c?.n ?? 0;
    },
  );
}

/** Support of the period by kind, source and commune (statistics scope, no descriptions). */
export async function supportCounts(
  db: Db,
  actor: Actor,
  q: { from: string; to: string; unitId?: string | undefined },
) {
  return db
    .select({
      kind: policeSupport.kind,
      source: policeSupport.source,
      unitId: policeSupport.unitId,
      unitCode: unit.code,
      unitName: unit.name,
      count: sql<number>`count(*)::int`,
      valueVnd: sql<string>`coalesce(sum(${policeSupport.valueVnd}), 0)::text`,
    })
    .from(policeSupport)
    .innerJoin(unit, eq(unit.id, policeSupport.unitId))
    .where(
      and(
        unitInScope(actor, 'support.statistics', policeSupport.unitId),
        q.unitId ? eq(policeSupport.unitId, q.unitId) : undefined,
        gte(policeSupport.on, q.from),
        lte(policeSupport.on, q.to),
      ),
    )
    .groupBy(policeSupport.kind, policeSupport.source, policeSupport.unitId, unit.code, unit.name);
}

/** A new record (the service checked the facts); its id. */
export async function insertPoliceSupport(
  tx: Db,
  values: typeof policeSupport.$inferInsert,
): Promise<string> {
  const [row] = await tx.insert(policeSupport).values(values).returning({ id: policeSupport.id });
  return row!.id;
}
