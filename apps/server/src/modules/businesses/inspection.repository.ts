import {
  type BusinessRiskLevel,
  type BusinessStatistics,
  type BusinessStatisticsQuery,
  businessRiskLevels,
  type Inspection,
} from '@pcmt/contracts';
import { tradingBusinessStatuses } from '@pcmt/domain';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, business, businessInspection, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { type RiskClock, riskSql } from './business.repository.ts';

type InspectionRow = typeof businessInspection.$inferSelect;

const toInspection = (r: { i: InspectionRow; agencyCode: string; agencyName: string }): Inspection => ({
  id: r.i.id,
  businessId: r.i.businessId,
  on: r.i.on,
  team: r.i.team,
  agencies: r.i.agencies,
  checklist: r.i.checklist as Inspection['checklist'],
  customersTested: r.i.customersTested,
  customersPositive: r.i.customersPositive,
  findings: r.i.findings,
  sanctions: r.i.sanctions as Inspection['sanctions'],
  fineTotalVnd: r.i.fineTotalVnd,
  outcome: r.i.outcome as Inspection['outcome'],
  failedItems: r.i.failedItems,
  followUpOn: r.i.followUpOn,
  agency: { id: r.i.agencyId, code: r.agencyCode, name: r.agencyName },
  isDemo: r.i.isDemo,
  createdAt: r.i.createdAt.toISOString(),
});

const selectInspections = (db: Db) =>
  db
    .select({ i: businessInspection, agencyCode: agency.code, agencyName: agency.name })
    .from(businessInspection)
    .innerJoin(agency, eq(agency.id, businessInspection.agencyId));

export async function insertInspection(
  tx: Db,
  values: typeof businessInspection.$inferInsert,
): Promise<Inspection> {
  const [row] = await tx.insert(businessInspection).values(values).returning({ id: businessInspection.id });
  const [found] = await selectInspections(tx).where(eq(businessInspection.id, row!.id));
  return toInspection(found!);
}

/** A business's inspections, latest first (the caller has checked the business is in scope). */
export async function inspectionsOf(db: Db, businessId: string): Promise<Inspection[]> {
  const rows = await selectInspections(db)
    .where(eq(businessInspection.businessId, businessId))
    .orderBy(sql`${businessInspection.on} desc`, sql`${businessInspection.createdAt} desc`);
  return rows.map(toInspection);
}

const figures = {
  businessesInspected: sql<number>`count(distinct ${businessInspection.businessId})::int`,
  inspections: sql<number>`count(*)::int`,
  withViolations: sql<number>`(count(*) filter (where ${businessInspection.outcome} <> 'clean'))::int`,
  withDrugs: sql<number>`(count(*) filter (where ${businessInspection.outcome} = 'drugs'))::int`,
  customersTested: sql<number>`coalesce(sum(${businessInspection.customersTested}), 0)::int`,
  customersPositive: sql<number>`coalesce(sum(${businessInspection.customersPositive}), 0)::int`,
  fines: sql<number>`coalesce(sum(jsonb_array_length(jsonb_path_query_array(${businessInspection.sanctions}, '$[*] ? (@.kind == "fine")'))), 0)::int`,
  fineTotalVnd: sql<number>`coalesce(sum(${businessInspection.fineTotalVnd}), 0)::bigint`,
  suspensions: sql<number>`coalesce(sum(jsonb_array_length(jsonb_path_query_array(${businessInspection.sanctions}, '$[*] ? (@.kind == "suspension")'))), 0)::int`,
  revocations: sql<number>`coalesce(sum(jsonb_array_length(jsonb_path_query_array(${businessInspection.sanctions}, '$[*] ? (@.kind == "revocation")'))), 0)::int`,
};
type Figures = { [K in keyof typeof figures]: number };
// bigint sums arrive as strings from node-postgres.
const numeric = <T extends Figures>(f: T): T => ({ ...f, fineTotalVnd: Number(f.fineTotalVnd) });

/**
 * Inspections dated in the period, by line and by the business's commune (the unit of its record), inside the
 * actor's jurisdiction for `business.statistics`; and the trading businesses by risk level today.
 */
export async function inspectionStatistics(
  db: Db,
  actor: Actor,
  clock: RiskClock,
  q: BusinessStatisticsQuery & { from: string; to: string },
): Promise<BusinessStatistics> {
  const where = and(
    unitInScope(actor, 'business.statistics', business.unitId),
    gte(businessInspection.on, q.from),
    lte(businessInspection.on, q.to),
    q.unitId ? eq(business.unitId, q.unitId) : undefined,
    q.line ? eq(business.line, q.line) : undefined,
  );
  const rows = await db
    .select({ line: business.line, unitId: unit.id, code: unit.code, name: unit.name, ...figures })
    .from(businessInspection)
    .innerJoin(business, eq(business.id, businessInspection.businessId))
    .innerJoin(unit, eq(unit.id, business.unitId))
    .where(where)
    .groupBy(business.line, unit.id, unit.code, unit.name)
    .orderBy(asc(unit.code), asc(business.line));
  const [totals] = await db
    .select(figures)
    .from(businessInspection)
    .innerJoin(business, eq(business.id, businessInspection.businessId))
    .where(where);
  // Grouped outside: the risk expression carries parameters, which GROUP BY could not match to the select's.
  const ranked = db
    .select({ risk: riskSql(clock).as('risk') })
    .from(business)
    .where(
      and(
        unitInScope(actor, 'business.statistics', business.unitId),
        inArray(business.status, [...tradingBusinessStatuses]),
        q.unitId ? eq(business.unitId, q.unitId) : undefined,
        q.line ? eq(business.line, q.line) : undefined,
      ),
    )
    .as('ranked');
  const byRiskRows = await db
    .select({ risk: ranked.risk, n: sql<number>`count(*)::int` })
    .from(ranked)
    .groupBy(ranked.risk);
  const byRisk = Object.fromEntries(businessRiskLevels.map((l) => [l, 0])) as Record<
    BusinessRiskLevel,
    number
  >;
  for (const r of byRiskRows) byRisk[r.risk] = r.n;
  return {
    from: q.from,
    to: q.to,
    totals: numeric(totals as Figures),
    rows: rows.map(({ line, unitId, code, name, ...f }) => ({
      line: line as BusinessStatistics['rows'][number]['line'],
      unit: { id: unitId, code, name },
      ...numeric(f as Figures),
    })),
    byRisk,
  };
}
