import type { CommuneIndicator, CommuneIndicatorListQuery, Paged } from '@pcmt/contracts';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, communeIndicator, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

const columns = {
  i: communeIndicator,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type Row = {
  i: typeof communeIndicator.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

const toIndicator = ({ i, ...r }: Row): CommuneIndicator => ({
  id: i.id,
  unit: { id: i.unitId, code: r.unitCode, name: r.unitName },
  periodFrom: i.periodFrom,
  periodTo: i.periodTo,
  population: i.population,
  personsWithRecords: i.personsWithRecords,
  addicts: i.addicts,
  drugUseVenueCount: i.drugUseVenueCount,
  arrestedOffenders: i.arrestedOffenders,
  plantCount: i.plantCount,
  plantAreaM2: i.plantAreaM2,
  onKeyRoute: i.onKeyRoute,
  sourceNote: i.sourceNote,
  agency: { id: i.agencyId, code: r.agencyCode, name: r.agencyName },
  isDemo: i.isDemo,
  version: i.version,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
});

/** Recorded figures inside the actor's jurisdiction for `key_area.read`, with their unit and agency. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(communeIndicator)
    .innerJoin(unit, eq(unit.id, communeIndicator.unitId))
    .innerJoin(agency, eq(agency.id, communeIndicator.agencyId))
    .where(and(unitInScope(actor, 'key_area.read', communeIndicator.unitId), where));

export async function findIndicator(db: Db, actor: Actor, id: string): Promise<CommuneIndicator | null> {
  const [row] = await scoped(db, actor, eq(communeIndicator.id, id));
  return row ? toIndicator(row) : null;
}

/** The figures of a commune whose period contains `on` (the latest-starting one if periods overlap). */
export async function indicatorCovering(db: Db, unitId: string, on: string) {
  const [row] = await db
    .select()
    .from(communeIndicator)
    .where(
      and(
        eq(communeIndicator.unitId, unitId),
        sql`${communeIndicator.periodFrom} <= ${on}::date and ${communeIndicator.periodTo} >= ${on}::date`,
      ),
    )
    .orderBy(desc(communeIndicator.periodFrom))
    .limit(1);
  return row ?? null;
}

/** Another row of the same commune and period start (the unique key), if any. */
export async function indicatorAt(db: Db, unitId: string, periodFrom: string) {
  const [row] = await db
    .select({ id: communeIndicator.id })
    .from(communeIndicator)
    .where(and(eq(communeIndicator.unitId, unitId), eq(communeIndicator.periodFrom, periodFrom)));
  return row ?? null;
}

export async function listIndicators(
  db: Db,
  actor: Actor,
  q: CommuneIndicatorListQuery,
): Promise<Paged<CommuneIndicator>> {
  const where = and(
    q.unitId ? eq(communeIndicator.unitId, q.unitId) : undefined,
    q.on
      ? sql`${communeIndicator.periodFrom} <= ${q.on}::date and ${communeIndicator.periodTo} >= ${q.on}::date`
      : undefined,
    q.q ? sql`pcmt_fold(${unit.name}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
  );
  const column = q.sort === 'updatedAt' ? communeIndicator.updatedAt : communeIndicator.periodFrom;
  const direction = (q.order ?? 'desc') === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        await scoped(db, actor, where)
          .orderBy(direction(column), asc(unit.name), asc(communeIndicator.id))
          .limit(limit)
          .offset(offset)
      ).map(toIndicator),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(communeIndicator)
        .innerJoin(unit, eq(unit.id, communeIndicator.unitId))
        .where(and(unitInScope(actor, 'key_area.read', communeIndicator.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertIndicator(tx: Db, values: typeof communeIndicator.$inferInsert): Promise<string> {
  const [row] = await tx.insert(communeIndicator).values(values).returning({ id: communeIndicator.id });
  return row!.id;
}
