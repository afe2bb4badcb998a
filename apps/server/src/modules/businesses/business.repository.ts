import type { Business, BusinessListQuery, BusinessRiskLevel, BusinessStatus, Paged } from '@pcmt/contracts';
import {
  allowedBusinessTransitions,
  type BusinessRiskRules,
  riskCutoffs,
  riskLevelOf,
  riskReasonOf,
  tradingBusinessStatuses,
} from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, business, hotspot, unit } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

/** What the derived columns are computed for: the day, and the rules' cut-offs on that day. */
export type RiskClock = { today: string; rules: BusinessRiskRules };

// The latest inspection's follow-up (a date, for filters): a later inspection, clean or not, settles it.
const followUpDate = sql`(select i.follow_up_on from business_inspection i
  where i.business_id = ${business.id} order by i.on desc, i.created_at desc limit 1)`;

/** The history columns of a business, each a subquery on `business_inspection` (index on business, date). */
const history = ({ today, rules }: RiskClock) => {
  const { drugsFrom, violationsFrom } = riskCutoffs(today, rules);
  const count = (where: SQL) =>
    sql<number>`(select count(*)::int from business_inspection i where i.business_id = ${business.id} and i.on <= ${today}::date and ${where})`;
  const latest = (where: SQL) =>
    sql<
      string | null
    >`(select max(i.on)::text from business_inspection i where i.business_id = ${business.id} and i.on <= ${today}::date and ${where})`;
  const drugs = sql`i.outcome = 'drugs' and i.on >= ${drugsFrom}::date`;
  const violations = sql`i.outcome <> 'clean' and i.on >= ${violationsFrom}::date`;
  return {
    inspections: count(sql`true`),
    drugsRecent: count(drugs),
    violationsRecent: count(violations),
    lastDrugsOn: latest(drugs),
    lastViolationOn: latest(violations),
    lastInspectedOn: sql<
      string | null
    >`(select max(i.on)::text from business_inspection i where i.business_id = ${business.id})`,
    followUpOn: sql<string | null>`(${followUpDate})::text`,
  };
};

/** The risk level in SQL, the same rule as the domain's `riskLevelOf` (list filter and counts by risk). */
export function riskSql(clock: RiskClock): SQL<BusinessRiskLevel> {
  const h = history(clock);
  return sql<BusinessRiskLevel>`(case when ${h.inspections} = 0 then 'unassessed'
    when ${h.drugsRecent} > 0 or ${h.violationsRecent} >= ${clock.rules.repeatViolationsForHigh}::int then 'high'
    when ${h.violationsRecent} > 0 then 'medium' else 'low' end)`;
}

const columnsFor = (clock: RiskClock) => ({
  b: business,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  ...history(clock),
});
type Row = {
  b: typeof business.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  inspections: number;
  drugsRecent: number;
  violationsRecent: number;
  lastDrugsOn: string | null;
  lastViolationOn: string | null;
  lastInspectedOn: string | null;
  followUpOn: string | null;
};
type LinkedHotspot = Business['hotspots'][number];

const toBusiness = (r: Row, clock: RiskClock, hotspots: Map<string, LinkedHotspot>): Business => {
  const b = r.b;
  const status = b.status as BusinessStatus;
  const trading = tradingBusinessStatuses.includes(status);
  return {
    id: b.id,
    line: b.line as Business['line'],
    name: b.name,
    ownerName: b.ownerName,
    managerName: b.managerName,
    address: b.address,
    unit: { id: b.unitId, code: r.unitCode, name: r.unitName },
    unitOn: b.unitOn,
    certificateNumber: b.certificateNumber,
    certificateDate: b.certificateDate,
    certificateIssuer: b.certificateIssuer,
    status,
    statusSince: b.statusSince,
    allowedTransitions: [...allowedBusinessTransitions(status)],
    hotspotIds: b.hotspotIds,
    hotspots: b.hotspotIds.flatMap((id) => hotspots.get(id) ?? []),
    risk: riskLevelOf(r, clock.rules),
    riskReason: riskReasonOf(r, clock.rules),
    riskRules: clock.rules,
    inspections: r.inspections,
    lastInspectedOn: r.lastInspectedOn,
    followUpOn: trading ? r.followUpOn : null,
    followUpDue: trading && r.followUpOn !== null && r.followUpOn <= clock.today,
    notes: b.notes,
    agency: { id: b.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: b.isDemo,
    version: b.version,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
};

/** Every business query: with its unit and agency, inside the actor's jurisdiction for `business.read`. */
const scoped = (db: Db, actor: Actor, clock: RiskClock, where?: SQL) =>
  db
    .select(columnsFor(clock))
    .from(business)
    .innerJoin(unit, eq(unit.id, business.unitId))
    .innerJoin(agency, eq(agency.id, business.agencyId))
    .where(and(unitInScope(actor, 'business.read', business.unitId), where));

/** The linked hotspots the actor may see in the hotspot register (none without `hotspot.read`). */
export async function visibleHotspots(
  db: Db,
  actor: Actor,
  ids: string[],
): Promise<Map<string, LinkedHotspot>> {
  if (!ids.length || !can(actor, 'hotspot.read')) return new Map();
  const rows = await db
    .select({ id: hotspot.id, name: hotspot.name, status: hotspot.status })
    .from(hotspot)
    .where(and(inArray(hotspot.id, [...new Set(ids)]), unitInScope(actor, 'hotspot.read', hotspot.unitId)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findBusiness(
  db: Db,
  actor: Actor,
  clock: RiskClock,
  id: string,
): Promise<Business | null> {
  const [row] = await scoped(db, actor, clock, eq(business.id, id));
  if (!row) return null;
  return toBusiness(row as Row, clock, await visibleHotspots(db, actor, row.b.hotspotIds));
}

function filters(q: BusinessListQuery, clock: RiskClock): SQL | undefined {
  const trading = inArray(business.status, [...tradingBusinessStatuses]);
  return and(
    q.q ? sql`${business.nameFold} like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.line?.length ? inArray(business.line, q.line) : undefined,
    q.status?.length ? inArray(business.status, q.status) : undefined,
    q.risk?.length ? inArray(riskSql(clock), q.risk) : undefined,
    q.unitId ? eq(business.unitId, q.unitId) : undefined,
    q.followUp === 'scheduled' ? and(trading, sql`${followUpDate} is not null`) : undefined,
    q.followUp === 'due'
      ? and(trading, sql`${followUpDate} <= ${q.followUpBy ?? clock.today}::date`)
      : undefined,
  );
}

export async function listBusinesses(
  db: Db,
  actor: Actor,
  clock: RiskClock,
  q: BusinessListQuery,
): Promise<Paged<Business>> {
  const where = filters(q, clock);
  const h = history(clock);
  const sortColumns = {
    name: business.name,
    line: business.line,
    status: business.status,
    lastInspectedOn: h.lastInspectedOn,
    followUpOn: followUpDate,
    updatedAt: business.updatedAt,
  } as const;
  // The follow-up list reads soonest first; otherwise the latest changed first.
  const sort = q.sort ?? (q.followUp ? 'followUpOn' : 'updatedAt');
  const direction = (q.order ?? (q.sort || q.followUp ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, clock, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(business.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const hotspots = await visibleHotspots(
        db,
        actor,
        rows.flatMap((r) => r.b.hotspotIds),
      );
      return rows.map((r) => toBusiness(r, clock, hotspots));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(business)
        .where(and(unitInScope(actor, 'business.read', business.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertBusiness(tx: Db, values: typeof business.$inferInsert): Promise<string> {
  const [row] = await tx.insert(business).values(values).returning({ id: business.id });
  return row!.id;
}

/** Of `ids`, those the actor may link: hotspots inside their hotspot-register jurisdiction. */
export async function linkableHotspots(db: Db, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: hotspot.id })
    .from(hotspot)
    .where(and(inArray(hotspot.id, ids), unitInScope(actor, 'hotspot.read', hotspot.unitId)));
  return new Set(rows.map((r) => r.id));
}

/** The unit if it is a commune valid on `on` and inside the actor's jurisdiction for `business.write`. */
export async function communeForBusiness(db: Db, actor: Actor, unitId: string, on: string) {
  const [row] = await db
    .select({ id: unit.id, inScope: sql<boolean>`${unitInScope(actor, 'business.write', unit.id)}` })
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
