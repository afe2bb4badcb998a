import type {
  ModelResult,
  ModelStatus,
  Paged,
  Permission,
  PreventionModel,
  PreventionModelListQuery,
  PreventionModelStatistics,
} from '@pcmt/contracts';
import { allowedModelTransitions } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, preventionModel, preventionModelResult, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';
import { likeFolded } from './mobilisation-rules.ts';

const m = preventionModel;
const r = preventionModelResult;

/** A model is readable where it runs or where it also works (`other_unit_ids`); written only where it runs. */
export const modelInScope = (actor: Actor, permission: Permission): SQL =>
  sql`(${unitInScope(actor, permission, m.unitId)} or exists (select 1 from unnest(${m.otherUnitIds}) as o(unit_id) where ${unitInScope(actor, permission, sql`o.unit_id`)}))`;

const sums = {
  results: sql<number>`(select count(*)::int from prevention_model_result x where x.model_id = ${m.id})`,
  lastResultOn: sql<
    string | null
  >`(select max(x.on)::text from prevention_model_result x where x.model_id = ${m.id})`,
  eventsHeld: sql<number>`(select coalesce(sum(x.events_held), 0)::int from prevention_model_result x where x.model_id = ${m.id})`,
  participants: sql<number>`(select coalesce(sum(x.participants), 0)::int from prevention_model_result x where x.model_id = ${m.id})`,
  personsPersuaded: sql<number>`(select coalesce(sum(x.persons_persuaded), 0)::int from prevention_model_result x where x.model_id = ${m.id})`,
};
const columns = {
  m,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  ...sums,
};
type Row = {
  m: typeof m.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  results: number;
  lastResultOn: string | null;
  eventsHeld: number;
  participants: number;
  personsPersuaded: number;
};
type Ref = { id: string; code: string; name: string };

const toModel = (row: Row, units: Map<string, Ref>): PreventionModel => {
  const x = row.m;
  const status = x.status as ModelStatus;
  return {
    id: x.id,
    name: x.name,
    kind: x.kind as PreventionModel['kind'],
    unit: { id: x.unitId, code: row.unitCode, name: row.unitName },
    otherUnits: x.otherUnitIds.flatMap((id) => units.get(id) ?? []),
    startedOn: x.startedOn,
    hostAgency: x.hostAgency,
    membersCount: x.membersCount,
    members: x.members,
    evaluation: x.evaluation,
    rating: x.rating as PreventionModel['rating'],
    notes: x.notes,
    status,
    statusSince: x.statusSince,
    allowedTransitions: [...allowedModelTransitions(status)],
    results: row.results,
    lastResultOn: row.lastResultOn,
    eventsHeld: row.eventsHeld,
    participants: row.participants,
    personsPersuaded: row.personsPersuaded,
    agency: { id: x.agencyId, code: row.agencyCode, name: row.agencyName },
    isDemo: x.isDemo,
    version: x.version,
    createdAt: x.createdAt.toISOString(),
    updatedAt: x.updatedAt.toISOString(),
  };
};

async function unitsOf(db: Db, rows: Row[]): Promise<Map<string, Ref>> {
  const ids = [...new Set(rows.flatMap((x) => x.m.otherUnitIds))];
  if (!ids.length) return new Map();
  const found = await db
    .select({ id: unit.id, code: unit.code, name: unit.name })
    .from(unit)
    .where(inArray(unit.id, ids));
  return new Map(found.map((u) => [u.id, u]));
}

const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(m)
    .innerJoin(unit, eq(unit.id, m.unitId))
    .innerJoin(agency, eq(agency.id, m.agencyId))
    .where(and(modelInScope(actor, 'prevention_model.read'), where));

export async function findPreventionModel(db: Db, actor: Actor, id: string): Promise<PreventionModel | null> {
  const [row] = (await scoped(db, actor, eq(m.id, id))) as Row[];
  return row ? toModel(row, await unitsOf(db, [row])) : null;
}

function filters(q: PreventionModelListQuery): SQL | undefined {
  return and(
    q.q ? sql`${m.nameFold} like pcmt_fold(${likeFolded(q.q)})` : undefined,
    q.kind?.length ? inArray(m.kind, q.kind) : undefined,
    q.status?.length ? inArray(m.status, q.status) : undefined,
    q.rating?.length ? inArray(m.rating, q.rating) : undefined,
    q.unitId ? sql`(${m.unitId} = ${q.unitId} or ${q.unitId}::uuid = any(${m.otherUnitIds}))` : undefined,
    q.startedFrom ? gte(m.startedOn, q.startedFrom) : undefined,
    q.startedTo ? lte(m.startedOn, q.startedTo) : undefined,
  );
}

export async function listPreventionModels(
  db: Db,
  actor: Actor,
  q: PreventionModelListQuery,
): Promise<Paged<PreventionModel>> {
  const where = filters(q);
  const sortColumns = {
    name: m.name,
    kind: m.kind,
    status: m.status,
    startedOn: m.startedOn,
    lastResultOn: sums.lastResultOn,
    updatedAt: m.updatedAt,
  } as const;
  const sort = q.sort ?? 'updatedAt';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(m.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const units = await unitsOf(db, rows);
      return rows.map((x) => toModel(x, units));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(m)
        .where(and(modelInScope(actor, 'prevention_model.read'), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertPreventionModel(tx: Db, values: typeof m.$inferInsert): Promise<string> {
  const [row] = await tx.insert(m).values(values).returning({ id: m.id });
  return row!.id;
}

const selectResults = (db: Db) =>
  db
    .select({ r, agencyCode: agency.code, agencyName: agency.name })
    .from(r)
    .innerJoin(agency, eq(agency.id, r.agencyId));
const toResult = (x: { r: typeof r.$inferSelect; agencyCode: string; agencyName: string }): ModelResult => ({
  id: x.r.id,
  modelId: x.r.modelId,
  on: x.r.on,
  content: x.r.content,
  eventsHeld: x.r.eventsHeld,
  participants: x.r.participants,
  personsPersuaded: x.r.personsPersuaded,
  agency: { id: x.r.agencyId, code: x.agencyCode, name: x.agencyName },
  isDemo: x.r.isDemo,
  createdAt: x.r.createdAt.toISOString(),
});

export async function insertModelResult(tx: Db, values: typeof r.$inferInsert): Promise<ModelResult> {
  const [row] = await tx.insert(r).values(values).returning({ id: r.id });
  const [found] = await selectResults(tx).where(eq(r.id, row!.id));
  return toResult(found!);
}

export async function resultsOf(db: Db, modelId: string): Promise<ModelResult[]> {
  const rows = await selectResults(db).where(eq(r.modelId, modelId)).orderBy(desc(r.on), desc(r.createdAt));
  return rows.map(toResult);
}

type Figures = PreventionModelStatistics['totals'];
const empty = (): Figures => ({
  activeModels: 0,
  newModels: 0,
  results: 0,
  eventsHeld: 0,
  participants: 0,
  personsPersuaded: 0,
});

/**
 * By the commune that runs the model (its `unit_id`), inside the actor's jurisdiction for
 * `prevention_model.statistics`: models active now, models started in the period, and the results dated in
 * the period with their indicators summed. No names.
 */
export async function modelStatistics(
  db: Db,
  actor: Actor,
  q: { from: string; to: string; unitId?: string | undefined; kind?: string | undefined },
): Promise<PreventionModelStatistics> {
  const base = and(
    unitInScope(actor, 'prevention_model.statistics', m.unitId),
    q.unitId ? eq(m.unitId, q.unitId) : undefined,
    q.kind ? eq(m.kind, q.kind) : undefined,
  );
  const counted = await db
    .select({
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      active: sql<number>`(count(*) filter (where ${m.status} = 'active'))::int`,
      fresh: sql<number>`(count(*) filter (where ${m.startedOn} between ${q.from}::date and ${q.to}::date))::int`,
    })
    .from(m)
    .innerJoin(unit, eq(unit.id, m.unitId))
    .where(base)
    .groupBy(unit.id, unit.code, unit.name);
  const reported = await db
    .select({
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      results: sql<number>`count(*)::int`,
      eventsHeld: sql<number>`coalesce(sum(${r.eventsHeld}), 0)::int`,
      participants: sql<number>`coalesce(sum(${r.participants}), 0)::int`,
      personsPersuaded: sql<number>`coalesce(sum(${r.personsPersuaded}), 0)::int`,
    })
    .from(r)
    .innerJoin(m, eq(m.id, r.modelId))
    .innerJoin(unit, eq(unit.id, m.unitId))
    .where(and(base, gte(r.on, q.from), lte(r.on, q.to)))
    .groupBy(unit.id, unit.code, unit.name);
  const rows = new Map<string, { unit: Ref } & Figures>();
  const rowOf = (x: { unitId: string; code: string; name: string }) => {
    let row = rows.get(x.unitId);
    if (!row) {
      row = { unit: { id: x.unitId, code: x.code, name: x.name }, ...empty() };
      rows.set(x.unitId, row);
    }
    return row;
  };
  const totals = empty();
  for (const x of counted)
    for (const f of [rowOf(x), totals]) {
      f.activeModels += x.active;
      f.newModels += x.fresh;
    }
  for (const x of reported)
    for (const f of [rowOf(x), totals]) {
      f.results += x.results;
      f.eventsHeld += x.eventsHeld;
      f.participants += x.participants;
      f.personsPersuaded += x.personsPersuaded;
    }
  return {
    from: q.from,
    to: q.to,
    totals,
    rows: [...rows.values()]
      .filter((x) => x.activeModels + x.newModels + x.results > 0)
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
  };
}
