import type { Agency, AgencyListQuery, Paged } from '@pcmt/contracts';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, agencyUnit, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from './actor.ts';
import { foldedContains } from './list-sql.ts';
import { agencyInScope } from './scope.ts';

/**
 * Drizzle renders a column of the selected table unqualified ("id"); inside these subqueries that would bind
 * to the joined unit's id, so the outer agency id is written with its table name.
 */
const agencyIdQualified = sql.raw('"agency"."id"');

const columns = {
  id: agency.id,
  code: agency.code,
  name: agency.name,
  kind: agency.kind,
  isDemo: agency.isDemo,
  version: agency.version,
  unitIds: sql<
    string[]
  >`coalesce((select array_agg(au.unit_id order by au.unit_id) from agency_unit au where au.agency_id = ${agencyIdQualified}), '{}')`,
  units: sql<
    Agency['units']
  >`coalesce((select json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name,
      'validFrom', u.valid_from::text, 'validTo', u.valid_to::text) order by u.code, u.valid_from)
      from agency_unit au join unit u on u.id = au.unit_id where au.agency_id = ${agencyIdQualified}), '[]'::json)`,
};

type Row = Omit<Agency, 'kind'> & { kind: string };
const toAgency = (r: Row) => r as Agency;

const agencySort = { name: agency.name, code: agency.code, kind: agency.kind } as const;

/** One page of agencies in the actor's scope, with the number matching the filters. */
export async function listAgencies(db: Db, actor: Actor, q: AgencyListQuery): Promise<Paged<Agency>> {
  const where = and(
    agencyInScope(actor, 'agency.read', agency.id),
    q.q ? foldedContains([agency.code, agency.name], q.q) : undefined,
    q.kind ? eq(agency.kind, q.kind) : undefined,
  );
  const column = agencySort[q.sort ?? 'name'];
  const rows = await db
    .select({ ...columns, total: sql<number>`(count(*) over ())::int` })
    .from(agency)
    .where(where)
    .orderBy((q.order === 'desc' ? desc : asc)(column), asc(agency.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  // The total rides along with the page; only a page past the end needs its own count.
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(agency).where(where))[0]?.n ?? 0)
      : 0);
  return { data: rows.map(({ total: _t, ...r }) => toAgency(r)), total, page: q.page, pageSize: q.pageSize };
}

export async function findAgency(db: Db, actor: Actor, id: string): Promise<Agency | null> {
  const [row] = await db
    .select(columns)
    .from(agency)
    .where(and(eq(agency.id, id), agencyInScope(actor, 'agency.read', agency.id)));
  return row ? toAgency(row) : null;
}

export async function countExistingUnits(db: Db, unitIds: readonly string[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(unit)
    .where(inArray(unit.id, [...unitIds]));
  return row?.n ?? 0;
}

export async function replaceAgencyUnits(
  db: Db,
  agencyId: string,
  unitIds: readonly string[],
): Promise<void> {
  await db.delete(agencyUnit).where(eq(agencyUnit.agencyId, agencyId));
  if (unitIds.length > 0) await db.insert(agencyUnit).values(unitIds.map((unitId) => ({ agencyId, unitId })));
}

/** The agency's own units with names, for "your jurisdiction" displays. */
export async function jurisdictionOf(db: Db, agencyId: string) {
  return db
    .select({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    })
    .from(agencyUnit)
    .innerJoin(unit, eq(unit.id, agencyUnit.unitId))
    .where(eq(agencyUnit.agencyId, agencyId))
    .orderBy(asc(unit.code));
}

/** Unscoped, by the unique code: for the uniqueness check and the CLI's `--agency <code>`. */
export async function findAgencyByCode(db: Db, code: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: agency.id, name: agency.name })
    .from(agency)
    .where(eq(agency.code, code));
  return row ?? null;
}

export async function insertAgency(
  db: Db,
  values: { code: string; name: string; kind: string; isDemo: boolean },
): Promise<string> {
  const [row] = await db.insert(agency).values(values).returning({ id: agency.id });
  return row!.id;
}

/** `UPDATE … WHERE id AND version`: false when someone changed the agency since it was read (409). */
export async function updateAgencyVersioned(
  db: Db,
  id: string,
  version: number,
  set: { code: string; name: string; kind: string },
): Promise<boolean> {
  const updated = await db
    .update(agency)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(agency.id, id), eq(agency.version, version)))
    .returning({ id: agency.id });
  return updated.length > 0;
}

/** The signed-in user's own agency, as `auth/me` names it (no scope: it is their own). */
export async function agencySummary(db: Db, id: string) {
  const [row] = await db
    .select({ id: agency.id, name: agency.name, kind: agency.kind })
    .from(agency)
    .where(eq(agency.id, id));
  return row ?? null;
}

/** Agencies not flagged as demo, besides the first-start agency `bootstrapAgencyCode`. */
export async function countRealAgencies(db: Db, bootstrapAgencyCode: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(agency)
    .where(and(eq(agency.isDemo, false), ne(agency.code, bootstrapAgencyCode)));
  return row?.n ?? 0;
}
