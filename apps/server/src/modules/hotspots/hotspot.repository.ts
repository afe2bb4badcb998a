import type { Hotspot, HotspotListQuery, HotspotStatus, Paged } from '@pcmt/contracts';
import { allowedHotspotTransitions, suggestHotspotKind } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, hotspot, hotspotEvent, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

const reformationCount = sql<number>`(select count(*)::int from hotspot_event e where e.hotspot_id = ${hotspot.id} and e.to_status = 'reactivated')`;
const listColumns = {
  h: hotspot,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
const columns = { ...listColumns, reformations: reformationCount };
type Row = {
  h: typeof hotspot.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  reformations: number;
};

const toHotspot = (r: Row): Hotspot => {
  const h = r.h;
  const status = h.status as HotspotStatus;
  return {
    id: h.id,
    kind: h.kind as Hotspot['kind'],
    suggestedKind: suggestHotspotKind({ sellers: h.sellers, users: h.users }),
    name: h.name,
    behaviours: h.behaviours as Hotspot['behaviours'],
    status,
    statusSince: h.statusSince,
    detectedOn: h.detectedOn,
    watchUntil: h.watchUntil,
    location: h.lat !== null && h.lng !== null ? { lat: h.lat, lng: h.lng } : null,
    unit: { id: h.unitId, code: r.unitCode, name: r.unitName },
    address: h.address,
    description: h.description,
    responsibleOfficer: h.responsibleOfficer,
    linkedPersons: h.linkedPersons,
    linkedBusinesses: h.linkedBusinesses,
    sellers: h.sellers,
    users: h.users,
    citations: h.citations,
    agency: { id: h.agencyId, code: r.agencyCode, name: r.agencyName },
    reformations: r.reformations,
    allowedTransitions: [...allowedHotspotTransitions(status)],
    isDemo: h.isDemo,
    version: h.version,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
};

/** Every hotspot query: joined with its unit and agency, inside the actor's jurisdiction for `hotspot.read`. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(hotspot)
    .innerJoin(unit, eq(unit.id, hotspot.unitId))
    .innerJoin(agency, eq(agency.id, hotspot.agencyId))
    .where(and(unitInScope(actor, 'hotspot.read', hotspot.unitId), where));

/** The same without the re-formation count (the list reads it for its page only). */
const scopedList = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(listColumns)
    .from(hotspot)
    .innerJoin(unit, eq(unit.id, hotspot.unitId))
    .innerJoin(agency, eq(agency.id, hotspot.agencyId))
    .where(and(unitInScope(actor, 'hotspot.read', hotspot.unitId), where));

export async function findHotspot(db: Db, actor: Actor, id: string): Promise<Hotspot | null> {
  const [row] = await scoped(db, actor, eq(hotspot.id, id));
  return row ? toHotspot(row as Row) : null;
}

const sortColumns = {
  detectedOn: hotspot.detectedOn,
  name: hotspot.name,
  status: hotspot.status,
  statusSince: hotspot.statusSince,
  updatedAt: hotspot.updatedAt,
} as const;

function filters(q: HotspotListQuery): SQL | undefined {
  return and(
    // The stored folded name (trigram-indexed) against the folded needle, so "dak ha" finds "Đăk Hà".
    q.q ? sql`${hotspot.nameFold} like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.status?.length ? inArray(hotspot.status, q.status) : undefined,
    q.kind ? eq(hotspot.kind, q.kind) : undefined,
    q.unitId ? eq(hotspot.unitId, q.unitId) : undefined,
    q.from ? gte(hotspot.detectedOn, q.from) : undefined,
    q.to ? lte(hotspot.detectedOn, q.to) : undefined,
    q.located === 'false' ? or(isNull(hotspot.lat), isNull(hotspot.lng)) : undefined,
    q.located === 'true' ? sql`${hotspot.lat} is not null and ${hotspot.lng} is not null` : undefined,
    q.agencyId ? eq(hotspot.agencyId, q.agencyId) : undefined,
    q.moved || q.movedFrom || q.movedTo
      ? sql`exists (select 1 from ${hotspotEvent} e where e.hotspot_id = ${hotspot.id}
                     and e.to_status in (${q.moved ? sql`${q.moved}` : sql`'eliminated', 'reactivated'`})
                     ${q.movedFrom ? sql`and e.on >= ${q.movedFrom}::date` : sql``}
                     ${q.movedTo ? sql`and e.on <= ${q.movedTo}::date` : sql``})`
      : undefined,
  );
}

/** Re-formations (transitions into `reactivated`) of each hotspot of `ids` with at least one. */
async function reformationsOf(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: hotspotEvent.hotspotId, n: sql<number>`count(*)::int` })
    .from(hotspotEvent)
    .where(and(inArray(hotspotEvent.hotspotId, ids), eq(hotspotEvent.toStatus, 'reactivated')))
    .groupBy(hotspotEvent.hotspotId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** One page of the register, filtered and sorted by the database, with the total. */
export async function listHotspots(db: Db, actor: Actor, q: HotspotListQuery): Promise<Paged<Hotspot>> {
  const where = filters(q);
  const column = sortColumns[q.sort ?? 'detectedOn'];
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      // The re-formation counts are read for the page's rows only: as a column of the page query, PostgreSQL
      // computed them for every row skipped by the offset too (30 ms for page 50 at 100 000 hotspots).
      const rows = await scopedList(db, actor, where)
        .orderBy(direction(column), asc(hotspot.id))
        .limit(limit)
        .offset(offset);
      const counts = await reformationsOf(
        db,
        rows.map((r) => r.h.id),
      );
      return rows.map((r) => toHotspot({ ...r, reformations: counts.get(r.h.id) ?? 0 } as Row));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(hotspot)
        .where(and(unitInScope(actor, 'hotspot.read', hotspot.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export type HotspotInsert = typeof hotspot.$inferInsert;

export async function insertHotspot(tx: Db, values: HotspotInsert): Promise<string> {
  const [row] = await tx.insert(hotspot).values(values).returning({ id: hotspot.id });
  return row!.id;
}

export async function insertHotspotEvent(tx: Db, values: typeof hotspotEvent.$inferInsert): Promise<void> {
  await tx.insert(hotspotEvent).values(values);
}

/** Is the unit inside the actor's jurisdiction for `permission`? (Recording outside it is refused.) */
export async function unitWithinScope(
  db: Db,
  actor: Actor,
  unitId: string,
  permission: 'hotspot.write' | 'hotspot.read',
): Promise<boolean> {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}

/** The unit if it is a commune-level unit valid on `on`. */
export async function communeValidOn(db: Db, unitId: string, on: string) {
  const [row] = await db
    .select({ id: unit.id, name: unit.name, type: unit.type })
    .from(unit)
    .where(
      and(
        eq(unit.id, unitId),
        inArray(unit.type, ['xa', 'phuong', 'thi_tran', 'dac_khu']),
        sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`,
      ),
    );
  return row ?? null;
}
