import type {
  BorderPartner,
  BorderPatrol,
  BorderPatrolKind,
  BorderPatrolListQuery,
  BorderPatrolResult,
  BorderPatrolStatus,
  BorderSeizureRecord,
  DrugType,
  MeasureUnit,
  Paged,
  UnitFamily,
} from '@pcmt/contracts';
import { allowedBorderPatrolTransitions, borderGateByCode, isJointPatrol, seizureTotals } from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
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
import { pageOf } from '../kit/paged.ts';

type Row = {
  p: typeof borderPatrol.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};
type ResultRow = { r: typeof borderPatrolResult.$inferSelect; agencyCode: string; agencyName: string };
type SeizureRow = typeof borderSeizure.$inferSelect;

const toSeizure = (s: SeizureRow): BorderSeizureRecord => ({
  id: s.id,
  on: s.on,
  drugType: s.drugType as DrugType,
  measure: s.measure as MeasureUnit,
  quantity: Number(s.quantity),
  family: s.family as UnitFamily,
  baseQuantity: Number(s.baseQuantity),
  note: s.note,
});

const toResult = (r: ResultRow, seizures: SeizureRow[]): BorderPatrolResult => ({
  id: r.r.id,
  on: r.r.on,
  arrests: r.r.arrests,
  personIds: r.r.personIds,
  tipsPassed: r.r.tipsPassed,
  tipIds: r.r.tipIds,
  seizures: seizures.filter((s) => s.resultId === r.r.id).map(toSeizure),
  note: r.r.note,
  agency: { id: r.r.agencyId, code: r.agencyCode, name: r.agencyName },
  createdAt: r.r.createdAt.toISOString(),
});

const toPatrol = (row: Row, results: BorderPatrolResult[]): BorderPatrol => {
  const p = row.p;
  const status = p.status as BorderPatrolStatus;
  const jointWith = p.jointWith as BorderPartner[];
  const gate = p.gateCode ? borderGateByCode(p.gateCode) : null;
  const seizures = results.flatMap((r) => r.seizures);
  return {
    id: p.id,
    kind: p.kind as BorderPatrolKind,
    station: p.station,
    route: p.route,
    gate: gate ? { code: gate.code, name: gate.name, kind: gate.kind, country: gate.country } : null,
    unit: { id: p.unitId, code: row.unitCode, name: row.unitName },
    startOn: p.startOn,
    endOn: p.endOn,
    officers: p.officers,
    forces: p.forces,
    jointWith,
    joint: isJointPatrol(jointWith),
    counterpart: p.counterpart,
    plan: p.plan,
    status,
    statusSince: p.statusSince,
    allowedTransitions: [...allowedBorderPatrolTransitions(status)],
    results,
    arrests: results.reduce((n, r) => n + r.arrests, 0),
    tipsPassed: results.reduce((n, r) => n + r.tipsPassed, 0),
    seizureTotals: seizureTotals(seizures.map((s) => ({ ...s, unit: s.measure }))),
    agency: { id: p.agencyId, code: row.agencyCode, name: row.agencyName },
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
};

/** Every patrol query: with its commune and station, inside the actor's jurisdiction for `border_patrol.read`. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select({
      p: borderPatrol,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(borderPatrol)
    .innerJoin(unit, eq(unit.id, borderPatrol.unitId))
    .innerJoin(agency, eq(agency.id, borderPatrol.agencyId))
    .where(and(unitInScope(actor, 'border_patrol.read', borderPatrol.unitId), where));

/** The results of the patrols (the caller has checked the patrols are in scope), oldest first. */
async function resultsOf(db: Db, patrolIds: string[]): Promise<Map<string, BorderPatrolResult[]>> {
  const out = new Map<string, BorderPatrolResult[]>();
  if (!patrolIds.length) return out;
  const rows = await db
    .select({ r: borderPatrolResult, agencyCode: agency.code, agencyName: agency.name })
    .from(borderPatrolResult)
    .innerJoin(agency, eq(agency.id, borderPatrolResult.agencyId))
    .where(inArray(borderPatrolResult.patrolId, patrolIds))
    .orderBy(asc(borderPatrolResult.on), asc(borderPatrolResult.createdAt));
  const seizures = await db
    .select()
    .from(borderSeizure)
    .where(inArray(borderSeizure.patrolId, patrolIds))
    // Seizures carry no position of their own: shown by drug type then unit, the same order every time.
    .orderBy(asc(borderSeizure.drugType), asc(borderSeizure.measure), asc(borderSeizure.id));
  for (const r of rows)
    out.set(r.r.patrolId, [
      ...(out.get(r.r.patrolId) ?? []),
      toResult(
        r,
        seizures.filter((s) => s.resultId === r.r.id),
      ),
    ]);
  return out;
}

export async function findPatrol(db: Db, actor: Actor, id: string): Promise<BorderPatrol | null> {
  const [row] = await scoped(db, actor, eq(borderPatrol.id, id));
  if (!row) return null;
  return toPatrol(row, (await resultsOf(db, [id])).get(id) ?? []);
}

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

function filters(q: BorderPatrolListQuery): SQL | undefined {
  return and(
    q.q
      ? sql`pcmt_fold(${borderPatrol.route} || ' ' || ${borderPatrol.station}) like pcmt_fold(${like(q.q)})`
      : undefined,
    q.from ? sql`${borderPatrol.startOn} >= ${q.from}::date` : undefined,
    q.to ? sql`${borderPatrol.startOn} <= ${q.to}::date` : undefined,
    q.unitId ? eq(borderPatrol.unitId, q.unitId) : undefined,
    q.agencyId ? eq(borderPatrol.agencyId, q.agencyId) : undefined,
    q.kind?.length ? inArray(borderPatrol.kind, q.kind) : undefined,
    q.status?.length ? inArray(borderPatrol.status, q.status) : undefined,
    q.gateCode ? eq(borderPatrol.gateCode, q.gateCode) : undefined,
    q.joint === 'joint' ? sql`cardinality(${borderPatrol.jointWith}) > 0` : undefined,
    q.joint === 'foreign' ? sql`${borderPatrol.jointWith} && array['laos','cambodia']::text[]` : undefined,
    q.joint && q.joint !== 'joint' && q.joint !== 'foreign'
      ? sql`${q.joint} = any(${borderPatrol.jointWith})`
      : undefined,
    q.drugType?.length
      ? sql`exists (select 1 from ${borderSeizure} where ${borderSeizure.patrolId} = ${borderPatrol.id} and ${inArray(borderSeizure.drugType, q.drugType)})`
      : undefined,
  );
}

export async function listPatrols(
  db: Db,
  actor: Actor,
  q: BorderPatrolListQuery,
): Promise<Paged<BorderPatrol>> {
  const where = filters(q);
  const sortColumns = {
    startOn: borderPatrol.startOn,
    status: borderPatrol.status,
    route: borderPatrol.route,
    updatedAt: borderPatrol.updatedAt,
  } as const;
  const sort = q.sort ?? 'startOn';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = await scoped(db, actor, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(borderPatrol.id))
        .limit(limit)
        .offset(offset);
      const results = await resultsOf(
        db,
        rows.map((r) => r.p.id),
      );
      return rows.map((r) => toPatrol(r, results.get(r.p.id) ?? []));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(borderPatrol)
        .where(and(unitInScope(actor, 'border_patrol.read', borderPatrol.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertPatrol(tx: Db, values: typeof borderPatrol.$inferInsert): Promise<string> {
  const [row] = await tx.insert(borderPatrol).values(values).returning({ id: borderPatrol.id });
  return row!.id;
}

export async function insertResult(
  tx: Db,
  values: typeof borderPatrolResult.$inferInsert,
  seizures: Omit<typeof borderSeizure.$inferInsert, 'resultId'>[],
): Promise<string> {
  const [row] = await tx.insert(borderPatrolResult).values(values).returning({ id: borderPatrolResult.id });
  if (seizures.length)
    await tx.insert(borderSeizure).values(seizures.map((s) => ({ ...s, resultId: row!.id })));
  return row!.id;
}
