import type { CampaignListQuery, Paged, PeakCampaign } from '@pcmt/contracts';
import { campaignPhaseOn } from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, peakCampaign, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type Row = {
  c: typeof peakCampaign.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};
type Ref = { id: string; code: string; name: string };

/** Campaigns are scoped by their leading unit: the province's are seen by province-wide readers. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select({
      c: peakCampaign,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(peakCampaign)
    .innerJoin(unit, eq(unit.id, peakCampaign.unitId))
    .innerJoin(agency, eq(agency.id, peakCampaign.agencyId))
    .where(and(unitInScope(actor, 'campaign.read', peakCampaign.unitId), where));

export async function unitRefs(db: Db, ids: string[]): Promise<Map<string, Ref>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: unit.id, code: unit.code, name: unit.name })
    .from(unit)
    .where(inArray(unit.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

const toCampaign = (r: Row, units: Map<string, Ref>, today: string): PeakCampaign => {
  const c = r.c;
  return {
    id: c.id,
    name: c.name,
    decisionNumber: c.decisionNumber,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    phase: campaignPhaseOn({ from: c.periodFrom, to: c.periodTo }, today),
    unit: { id: c.unitId, code: r.unitCode, name: r.unitName },
    units: c.unitIds.flatMap((id) => units.get(id) ?? []),
    targets: (c.targets as PeakCampaign['targets']).map((t) => ({
      indicator: t.indicator,
      drugType: t.drugType ?? null,
      family: t.family ?? null,
      target: t.target,
    })),
    summary: c.summary,
    agency: { id: c.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: c.isDemo,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
};

export async function findCampaign(db: Db, actor: Actor, id: string, today: string) {
  const [row] = await scoped(db, actor, eq(peakCampaign.id, id));
  if (!row) return null;
  return toCampaign(row as Row, await unitRefs(db, row.c.unitIds), today);
}

function filters(q: CampaignListQuery, today: string): SQL | undefined {
  return and(
    q.q
      ? sql`pcmt_fold(${peakCampaign.name}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})`
      : undefined,
    q.unitId
      ? sql`(${peakCampaign.unitId} = ${q.unitId} or ${q.unitId}::uuid = any(${peakCampaign.unitIds}))`
      : undefined,
    q.to ? sql`${peakCampaign.periodFrom} <= ${q.to}::date` : undefined,
    q.from ? sql`${peakCampaign.periodTo} >= ${q.from}::date` : undefined,
    q.phase === 'upcoming' ? sql`${peakCampaign.periodFrom} > ${today}::date` : undefined,
    q.phase === 'ended' ? sql`${peakCampaign.periodTo} < ${today}::date` : undefined,
    q.phase === 'running'
      ? sql`${peakCampaign.periodFrom} <= ${today}::date and ${peakCampaign.periodTo} >= ${today}::date`
      : undefined,
  );
}

export async function listCampaigns(
  db: Db,
  actor: Actor,
  q: CampaignListQuery,
  today: string,
): Promise<Paged<PeakCampaign>> {
  const where = filters(q, today);
  const sortColumns = {
    periodFrom: peakCampaign.periodFrom,
    name: peakCampaign.name,
    updatedAt: peakCampaign.updatedAt,
  } as const;
  const sort = q.sort ?? 'periodFrom';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, where)
        .orderBy(direction(sortColumns[sort]), asc(peakCampaign.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const units = await unitRefs(
        db,
        rows.flatMap((r) => r.c.unitIds),
      );
      return rows.map((r) => toCampaign(r, units, today));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(peakCampaign)
        .where(and(unitInScope(actor, 'campaign.read', peakCampaign.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertCampaign(tx: Db, values: typeof peakCampaign.$inferInsert): Promise<string> {
  const [row] = await tx.insert(peakCampaign).values(values).returning({ id: peakCampaign.id });
  return row!.id;
}
