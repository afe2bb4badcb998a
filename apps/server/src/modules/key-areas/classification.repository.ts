import type {
  ClassificationInputs,
  ClassificationListQuery,
  CommuneClassification,
  Paged,
} from '@pcmt/contracts';
import { defaultRuleSets } from '@pcmt/domain';
import { aliasedTable, and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import {
  agency,
  communeClassification,
  communeIndicator,
  unit,
  userAccount,
} from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

const runner = aliasedTable(userAccount, 'runner');
const columns = {
  c: communeClassification,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  runBy: runner.username,
  indicatorSource: communeIndicator.sourceNote,
};
type Row = {
  c: typeof communeClassification.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  runBy: string | null;
  indicatorSource: string | null;
};

/** The rule set's title as configured now, when the stored version is still the configured one. */
const ruleSetOf = (id: string, version: string) => {
  const set = defaultRuleSets.find((s) => s.id === id && s.version === version);
  return { id, version, title: set?.title ?? null, document: set?.legalSource.document ?? null };
};

export const toClassification = ({ c, ...r }: Row): CommuneClassification => ({
  id: c.id,
  unit: { id: c.unitId, code: r.unitCode, name: r.unitName },
  asOf: c.asOf,
  communeClass: c.communeClass as CommuneClassification['communeClass'],
  ruleSet: ruleSetOf(c.ruleSetId, c.ruleSetVersion),
  indicator:
    c.indicatorId && c.periodFrom && c.periodTo
      ? { id: c.indicatorId, periodFrom: c.periodFrom, periodTo: c.periodTo, sourceNote: r.indicatorSource }
      : null,
  inputs: c.inputs as ClassificationInputs,
  criteria: c.criteria as CommuneClassification['criteria'],
  explanation: c.explanation,
  agency: { id: c.agencyId, code: r.agencyCode, name: r.agencyName },
  runBy: r.runBy,
  runAt: c.createdAt.toISOString(),
  isDemo: c.isDemo,
});

/** Classification runs inside the actor's jurisdiction for `key_area.read`. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(communeClassification)
    .innerJoin(unit, eq(unit.id, communeClassification.unitId))
    .innerJoin(agency, eq(agency.id, communeClassification.agencyId))
    .leftJoin(runner, eq(runner.id, communeClassification.createdBy))
    .leftJoin(communeIndicator, eq(communeIndicator.id, communeClassification.indicatorId))
    .where(and(unitInScope(actor, 'key_area.read', communeClassification.unitId), where));

export async function findClassification(
  db: Db,
  actor: Actor,
  id: string,
): Promise<CommuneClassification | null> {
  const [row] = await scoped(db, actor, eq(communeClassification.id, id));
  return row ? toClassification(row) : null;
}

export async function findClassifications(db: Db, actor: Actor, ids: string[]) {
  if (!ids.length) return [];
  const rows = await scoped(db, actor, inArray(communeClassification.id, ids)).orderBy(
    asc(unit.name),
    asc(communeClassification.id),
  );
  return rows.map(toClassification);
}

/** The latest run of the commune on or before `on` (the class "as of" that date). */
export async function latestClassification(db: Db, actor: Actor, unitId: string, on: string) {
  const [row] = await scoped(
    db,
    actor,
    and(eq(communeClassification.unitId, unitId), lte(communeClassification.asOf, on)),
  )
    .orderBy(desc(communeClassification.asOf), desc(communeClassification.createdAt))
    .limit(1);
  return row ? toClassification(row) : null;
}

/** For each commune of `unitIds`, its latest run on or before `on`: id, class and date. */
export async function latestClassesOn(db: Db, unitIds: string[], on: string) {
  if (!unitIds.length) return new Map<string, { id: string; communeClass: string; asOf: string }>();
  const rows = await db
    .selectDistinctOn([communeClassification.unitId], {
      unitId: communeClassification.unitId,
      id: communeClassification.id,
      communeClass: communeClassification.communeClass,
      asOf: communeClassification.asOf,
    })
    .from(communeClassification)
    .where(and(inArray(communeClassification.unitId, unitIds), lte(communeClassification.asOf, on)))
    .orderBy(
      communeClassification.unitId,
      desc(communeClassification.asOf),
      desc(communeClassification.createdAt),
    );
  return new Map(rows.map((r) => [r.unitId, r]));
}

const sortColumns = {
  asOf: communeClassification.asOf,
  communeClass: communeClassification.communeClass,
  runAt: communeClassification.createdAt,
} as const;

export async function listClassifications(
  db: Db,
  actor: Actor,
  q: ClassificationListQuery,
): Promise<Paged<CommuneClassification>> {
  const where = and(
    q.unitId ? eq(communeClassification.unitId, q.unitId) : undefined,
    q.communeClass?.length ? inArray(communeClassification.communeClass, q.communeClass) : undefined,
    q.from ? gte(communeClassification.asOf, q.from) : undefined,
    q.to ? lte(communeClassification.asOf, q.to) : undefined,
    q.q ? sql`pcmt_fold(${unit.name}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
  );
  const column = sortColumns[q.sort ?? 'asOf'];
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        await scoped(db, actor, where)
          .orderBy(direction(column), desc(communeClassification.createdAt), asc(communeClassification.id))
          .limit(limit)
          .offset(offset)
      ).map(toClassification),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(communeClassification)
        .innerJoin(unit, eq(unit.id, communeClassification.unitId))
        .where(and(unitInScope(actor, 'key_area.read', communeClassification.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertClassification(
  tx: Db,
  values: typeof communeClassification.$inferInsert,
): Promise<string> {
  const [row] = await tx
    .insert(communeClassification)
    .values(values)
    .returning({ id: communeClassification.id });
  return row!.id;
}

/** Are there demo classifications already? (The demo seed runs once.) */
export async function hasDemoClassifications(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: communeClassification.id })
    .from(communeClassification)
    .where(eq(communeClassification.isDemo, true))
    .limit(1);
  return !!row;
}
