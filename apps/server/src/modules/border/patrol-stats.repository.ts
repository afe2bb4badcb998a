import type { BorderStatistics, BorderStatisticsQuery, DrugType, MeasureUnit } from '@pcmt/contracts';
import { type SeizureAmount, seizureTotals } from '@pcmt/domain';
import { and, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import {
  agency,
  borderPatrol,
  borderPatrolResult,
  borderSeizure,
  unit,
} from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

type Ref = { id: string; code: string; name: string };
type Acc = {
  unit: Ref;
  station: Ref;
  patrols: number;
  jointPatrols: number;
  foreignJointPatrols: number;
  officerTurns: number;
  arrests: number;
  tipsPassed: number;
  amounts: SeizureAmount[];
};

const keyCols = {
  unitId: unit.id,
  unitCode: unit.code,
  unitName: unit.name,
  agencyId: agency.id,
  agencyCode: agency.code,
  agencyName: agency.name,
};
const groupCols = [unit.id, unit.code, unit.name, agency.id, agency.code, agency.name] as const;

/**
 * Patrols started in the period (cancelled ones left out) and results dated in it, by the patrol's commune
 * and recording station, inside the actor's jurisdiction for `border_patrol.statistics`. Seizures are summed
 * by the domain per drug type and unit family (never grams with tablets).
 */
export async function patrolStatistics(
  db: Db,
  actor: Actor,
  q: BorderStatisticsQuery & { from: string; to: string },
): Promise<BorderStatistics> {
  const common = and(
    unitInScope(actor, 'border_patrol.statistics', borderPatrol.unitId),
    q.unitId ? eq(borderPatrol.unitId, q.unitId) : undefined,
    q.agencyId ? eq(borderPatrol.agencyId, q.agencyId) : undefined,
  );
  const patrols = await db
    .select({
      ...keyCols,
      patrols: sql<number>`count(*)::int`,
      jointPatrols: sql<number>`(count(*) filter (where cardinality(${borderPatrol.jointWith}) > 0))::int`,
      foreignJointPatrols: sql<number>`(count(*) filter (where ${borderPatrol.jointWith} && array['laos','cambodia']::text[]))::int`,
      officerTurns: sql<number>`coalesce(sum(${borderPatrol.officers}), 0)::int`,
    })
    .from(borderPatrol)
    .innerJoin(unit, eq(unit.id, borderPatrol.unitId))
    .innerJoin(agency, eq(agency.id, borderPatrol.agencyId))
    .where(
      and(
        common,
        ne(borderPatrol.status, 'cancelled'),
        gte(borderPatrol.startOn, q.from),
        lte(borderPatrol.startOn, q.to),
      ),
    )
    .groupBy(...groupCols);
  const results = await db
    .select({
      ...keyCols,
      arrests: sql<number>`coalesce(sum(${borderPatrolResult.arrests}), 0)::int`,
      tipsPassed: sql<number>`coalesce(sum(${borderPatrolResult.tipsPassed}), 0)::int`,
    })
    .from(borderPatrolResult)
    .innerJoin(borderPatrol, eq(borderPatrol.id, borderPatrolResult.patrolId))
    .innerJoin(unit, eq(unit.id, borderPatrol.unitId))
    .innerJoin(agency, eq(agency.id, borderPatrol.agencyId))
    .where(and(common, gte(borderPatrolResult.on, q.from), lte(borderPatrolResult.on, q.to)))
    .groupBy(...groupCols);
  const seizures = await db
    .select({
      ...keyCols,
      drugType: borderSeizure.drugType,
      measure: borderSeizure.measure,
      quantity: sql<string>`sum(${borderSeizure.quantity})::text`,
    })
    .from(borderSeizure)
    .innerJoin(borderPatrol, eq(borderPatrol.id, borderSeizure.patrolId))
    .innerJoin(unit, eq(unit.id, borderPatrol.unitId))
    .innerJoin(agency, eq(agency.id, borderPatrol.agencyId))
    .where(and(common, gte(borderSeizure.on, q.from), lte(borderSeizure.on, q.to)))
    .groupBy(...groupCols, borderSeizure.drugType, borderSeizure.measure);

  const rows = new Map<string, Acc>();
  const at = (k: Record<keyof typeof keyCols, string>): Acc => {
    const key = `${k.unitId}|${k.agencyId}`;
    let acc = rows.get(key);
    if (!acc) {
      acc = {
        unit: { id: k.unitId, code: k.unitCode, name: k.unitName },
        station: { id: k.agencyId, code: k.agencyCode, name: k.agencyName },
        patrols: 0,
        jointPatrols: 0,
        foreignJointPatrols: 0,
        officerTurns: 0,
        arrests: 0,
        tipsPassed: 0,
        amounts: [],
      };
      rows.set(key, acc);
    }
    return acc;
  };
  for (const p of patrols)
    Object.assign(at(p), {
      patrols: p.patrols,
      jointPatrols: p.jointPatrols,
      foreignJointPatrols: p.foreignJointPatrols,
      officerTurns: p.officerTurns,
    });
  for (const r of results) Object.assign(at(r), { arrests: r.arrests, tipsPassed: r.tipsPassed });
  for (const s of seizures)
    at(s).amounts.push({
      drugType: s.drugType as DrugType,
      unit: s.measure as MeasureUnit,
      quantity: Number(s.quantity),
    });

  const list = [...rows.values()].sort(
    (a, b) => a.unit.code.localeCompare(b.unit.code) || a.station.code.localeCompare(b.station.code),
  );
  const sum = (f: (a: Acc) => number) => list.reduce((n, a) => n + f(a), 0);
  return {
    from: q.from,
    to: q.to,
    totals: {
      patrols: sum((a) => a.patrols),
      jointPatrols: sum((a) => a.jointPatrols),
      foreignJointPatrols: sum((a) => a.foreignJointPatrols),
      officerTurns: sum((a) => a.officerTurns),
      arrests: sum((a) => a.arrests),
      tipsPassed: sum((a) => a.tipsPassed),
      seizures: seizureTotals(list.flatMap((a) => a.amounts)),
    },
    rows: list.map(({ amounts, ...a }) => ({ ...a, seizures: seizureTotals(amounts) })),
  };
}
