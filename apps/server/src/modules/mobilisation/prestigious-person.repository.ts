import type {
  Engagement,
  EngagementKind,
  Paged,
  PrestigeStatus,
  PrestigiousPerson,
  PrestigiousPersonListQuery,
  PrestigiousPersonStatistics,
} from '@pcmt/contracts';
import { engagementKinds, ethnicGroupOptions } from '@pcmt/contracts';
import { allowedPrestigeTransitions, maskPhone } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, prestigiousEngagement, prestigiousPerson, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';
import { likeFolded } from './mobilisation-rules.ts';

const p = prestigiousPerson;
const e = prestigiousEngagement;
const ethnicName = new Map(ethnicGroupOptions.map((g) => [g.code, g.name]));

const history = {
  engagements: sql<number>`(select count(*)::int from prestigious_engagement x where x.person_id = ${p.id})`,
  lastEngagedOn: sql<
    string | null
  >`(select max(x.on)::text from prestigious_engagement x where x.person_id = ${p.id})`,
  personsPersuaded: sql<number>`(select coalesce(sum(x.persons_persuaded), 0)::int from prestigious_engagement x where x.person_id = ${p.id})`,
};
const columns = {
  p,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  ...history,
};
type Row = {
  p: typeof p.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  engagements: number;
  lastEngagedOn: string | null;
  personsPersuaded: number;
};

/** `full`: a record read (audited) shows the phone; lists show its mask only. */
const toPerson = (r: Row, full: boolean): PrestigiousPerson => {
  const x = r.p;
  const status = x.status as PrestigeStatus;
  return {
    id: x.id,
    fullName: x.fullName,
    role: x.role as PrestigiousPerson['role'],
    religion: x.religion as PrestigiousPerson['religion'],
    title: x.title,
    ethnicity: x.ethnicity ? { code: x.ethnicity, name: ethnicName.get(x.ethnicity) ?? x.ethnicity } : null,
    birthYear: x.birthYear,
    unit: { id: x.unitId, code: r.unitCode, name: r.unitName },
    village: x.village,
    decisionNumber: x.decisionNumber,
    decisionDate: x.decisionDate,
    phone: full ? x.phone : null,
    phoneMasked: x.phone ? maskPhone(x.phone) : null,
    notes: x.notes,
    status,
    statusSince: x.statusSince,
    allowedTransitions: [...allowedPrestigeTransitions(status)],
    engagements: r.engagements,
    lastEngagedOn: r.lastEngagedOn,
    personsPersuaded: r.personsPersuaded,
    agency: { id: x.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: x.isDemo,
    version: x.version,
    createdAt: x.createdAt.toISOString(),
    updatedAt: x.updatedAt.toISOString(),
  };
};

const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(p)
    .innerJoin(unit, eq(unit.id, p.unitId))
    .innerJoin(agency, eq(agency.id, p.agencyId))
    .where(and(unitInScope(actor, 'prestigious_person.read', p.unitId), where));

export async function findPrestigiousPerson(
  db: Db,
  actor: Actor,
  id: string,
  full = true,
): Promise<PrestigiousPerson | null> {
  const [row] = await scoped(db, actor, eq(p.id, id));
  return row ? toPerson(row as Row, full) : null;
}

function filters(q: PrestigiousPersonListQuery): SQL | undefined {
  return and(
    q.q ? sql`${p.nameFold} like pcmt_fold(${likeFolded(q.q)})` : undefined,
    q.role?.length ? inArray(p.role, q.role) : undefined,
    q.status?.length ? inArray(p.status, q.status) : undefined,
    q.religion?.length ? inArray(p.religion, q.religion) : undefined,
    q.ethnicity ? eq(p.ethnicity, q.ethnicity) : undefined,
    q.unitId ? eq(p.unitId, q.unitId) : undefined,
  );
}

export async function listPrestigiousPersons(
  db: Db,
  actor: Actor,
  q: PrestigiousPersonListQuery,
): Promise<Paged<PrestigiousPerson>> {
  const where = filters(q);
  const sortColumns = {
    fullName: p.fullName,
    role: p.role,
    status: p.status,
    lastEngagedOn: history.lastEngagedOn,
    updatedAt: p.updatedAt,
  } as const;
  const sort = q.sort ?? 'updatedAt';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await scoped(db, actor, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(p.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map((r) => toPerson(r, false)),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(p)
        .where(and(unitInScope(actor, 'prestigious_person.read', p.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertPrestigiousPerson(tx: Db, values: typeof p.$inferInsert): Promise<string> {
  const [row] = await tx.insert(p).values(values).returning({ id: p.id });
  return row!.id;
}

const engagementColumns = {
  e,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type EngagementRow = {
  e: typeof e.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};
const toEngagement = (r: EngagementRow): Engagement => ({
  id: r.e.id,
  personId: r.e.personId,
  on: r.e.on,
  kind: r.e.kind as EngagementKind,
  unit: { id: r.e.unitId, code: r.unitCode, name: r.unitName },
  content: r.e.content,
  personsPersuaded: r.e.personsPersuaded,
  result: r.e.result,
  agency: { id: r.e.agencyId, code: r.agencyCode, name: r.agencyName },
  isDemo: r.e.isDemo,
  createdAt: r.e.createdAt.toISOString(),
});
const selectEngagements = (db: Db) =>
  db
    .select(engagementColumns)
    .from(e)
    .innerJoin(unit, eq(unit.id, e.unitId))
    .innerJoin(agency, eq(agency.id, e.agencyId));

export async function insertEngagement(tx: Db, values: typeof e.$inferInsert): Promise<Engagement> {
  const [row] = await tx.insert(e).values(values).returning({ id: e.id });
  const [found] = await selectEngagements(tx).where(eq(e.id, row!.id));
  return toEngagement(found!);
}

/** A person's engagements, latest first (the caller has checked the person is in scope). */
export async function engagementsOf(db: Db, personId: string): Promise<Engagement[]> {
  const rows = await selectEngagements(db)
    .where(eq(e.personId, personId))
    .orderBy(desc(e.on), desc(e.createdAt));
  return rows.map(toEngagement);
}

type Figures = PrestigiousPersonStatistics['totals'];
const emptyFigures = (): Figures => ({
  activePersons: 0,
  engagements: 0,
  personsPersuaded: 0,
  byKind: Object.fromEntries(engagementKinds.map((k) => [k, 0])) as Figures['byKind'],
});

/**
 * Persons active now by their commune, and engagements dated in the period by the commune where they took
 * place and kind, inside the actor's jurisdiction for `prestigious_person.statistics`. No names.
 */
export async function prestigeStatistics(
  db: Db,
  actor: Actor,
  q: { from: string; to: string; unitId?: string | undefined },
): Promise<PrestigiousPersonStatistics> {
  const active = await db
    .select({ unitId: unit.id, code: unit.code, name: unit.name, n: sql<number>`count(*)::int` })
    .from(p)
    .innerJoin(unit, eq(unit.id, p.unitId))
    .where(
      and(
        unitInScope(actor, 'prestigious_person.statistics', p.unitId),
        eq(p.status, 'active'),
        q.unitId ? eq(p.unitId, q.unitId) : undefined,
      ),
    )
    .groupBy(unit.id, unit.code, unit.name);
  const engaged = await db
    .select({
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      kind: e.kind,
      n: sql<number>`count(*)::int`,
      persuaded: sql<number>`coalesce(sum(${e.personsPersuaded}), 0)::int`,
    })
    .from(e)
    .innerJoin(unit, eq(unit.id, e.unitId))
    .where(
      and(
        unitInScope(actor, 'prestigious_person.statistics', e.unitId),
        gte(e.on, q.from),
        lte(e.on, q.to),
        q.unitId ? eq(e.unitId, q.unitId) : undefined,
      ),
    )
    .groupBy(unit.id, unit.code, unit.name, e.kind);
  const rows = new Map<string, { unit: { id: string; code: string; name: string } } & Figures>();
  const rowOf = (r: { unitId: string; code: string; name: string }) => {
    let row = rows.get(r.unitId);
    if (!row) {
      row = { unit: { id: r.unitId, code: r.code, name: r.name }, ...emptyFigures() };
      rows.set(r.unitId, row);
    }
    return row;
  };
  const totals = emptyFigures();
  for (const r of active) {
    rowOf(r).activePersons += r.n;
    totals.activePersons += r.n;
  }
  for (const r of engaged) {
    const row = rowOf(r);
    const kind = r.kind as EngagementKind;
    for (const f of [row, totals]) {
      f.engagements += r.n;
      f.personsPersuaded += r.persuaded;
      f.byKind[kind] += r.n;
    }
  }
  return {
    from: q.from,
    to: q.to,
    totals,
    rows: [...rows.values()].sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
  };
}
