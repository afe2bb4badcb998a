import type {
  CaseListQuery,
  CaseStatus,
  CriminalCase,
  DrugArticle,
  DrugType,
  MeasureUnit,
  Paged,
  SeizureRecord,
  UnitFamily,
} from '@pcmt/contracts';
import { allowedCaseTransitions, bracketOf, seizureTotals, severityOfBracket } from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, criminalCase, seizure, specialProject, unit } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type SeizureRow = typeof seizure.$inferSelect;
type Row = {
  c: typeof criminalCase.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  projectName: string | null;
};

const toSeizure = (s: SeizureRow): SeizureRecord => ({
  id: s.id,
  caseId: s.caseId,
  on: s.on,
  drugType: s.drugType as DrugType,
  measure: s.measure as MeasureUnit,
  quantity: Number(s.quantity),
  family: s.family as UnitFamily,
  baseQuantity: Number(s.baseQuantity),
  note: s.note,
  isDemo: s.isDemo,
  createdAt: s.createdAt.toISOString(),
});

type StoredSuspect = {
  personId?: string | null;
  name: string;
  birthYear?: number | null;
  arrestedOn?: string | null;
  arrestKind?: string | null;
};

const toCase = (r: Row, seizures: SeizureRow[]): CriminalCase => {
  const c = r.c;
  const status = c.status as CaseStatus;
  const suspects = (c.suspects as StoredSuspect[]).map((s) => ({
    personId: s.personId ?? null,
    name: s.name,
    birthYear: s.birthYear ?? null,
    arrestedOn: s.arrestedOn ?? null,
    arrestKind: (s.arrestKind ?? null) as CriminalCase['suspects'][number]['arrestKind'],
  }));
  const records = seizures.map(toSeizure);
  return {
    id: c.id,
    number: c.number,
    openedOn: c.openedOn,
    unit: { id: c.unitId, code: r.unitCode, name: r.unitName },
    summary: c.summary,
    charges: c.charges.map((ch) => {
      const bracket = bracketOf(ch.article as DrugArticle, ch.clause);
      return {
        article: ch.article as DrugArticle,
        clause: ch.clause,
        severity: bracket ? severityOfBracket(bracket) : null,
      };
    }),
    severity: c.severity as CriminalCase['severity'],
    suspects,
    arrests: suspects.filter((s) => s.arrestedOn).length,
    project: c.projectId && r.projectName ? { id: c.projectId, name: r.projectName } : null,
    status,
    statusSince: c.statusSince,
    allowedTransitions: [...allowedCaseTransitions(status)],
    seizures: records,
    seizureTotals: seizureTotals(records.map((s) => ({ ...s, unit: s.measure }))),
    agency: { id: c.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: c.isDemo,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
};

/** Every case query: with its unit, agency and project (named only inside the reader's project scope). */
const scoped = (db: Db, actor: Actor, where?: SQL) => {
  const projectVisible = can(actor, 'project.read')
    ? unitInScope(actor, 'project.read', specialProject.unitId)
    : sql`false`;
  return db
    .select({
      c: criminalCase,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
      projectName: sql<string | null>`case when ${projectVisible} then ${specialProject.name} end`,
    })
    .from(criminalCase)
    .innerJoin(unit, eq(unit.id, criminalCase.unitId))
    .innerJoin(agency, eq(agency.id, criminalCase.agencyId))
    .leftJoin(specialProject, eq(specialProject.id, criminalCase.projectId))
    .where(and(unitInScope(actor, 'case.read', criminalCase.unitId), where));
};

async function seizuresOf(db: Db, caseIds: string[]): Promise<Map<string, SeizureRow[]>> {
  const out = new Map<string, SeizureRow[]>();
  if (!caseIds.length) return out;
  const rows = await db
    .select()
    .from(seizure)
    .where(inArray(seizure.caseId, caseIds))
    .orderBy(asc(seizure.on), asc(seizure.createdAt));
  for (const s of rows) out.set(s.caseId, [...(out.get(s.caseId) ?? []), s]);
  return out;
}

export async function findCase(db: Db, actor: Actor, id: string): Promise<CriminalCase | null> {
  const [row] = await scoped(db, actor, eq(criminalCase.id, id));
  if (!row) return null;
  return toCase(row as Row, (await seizuresOf(db, [id])).get(id) ?? []);
}

function filters(q: CaseListQuery): SQL | undefined {
  return and(
    q.q
      ? sql`(pcmt_fold(${criminalCase.number}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})
          or pcmt_fold(${criminalCase.summary}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`}))`
      : undefined,
    q.from ? sql`${criminalCase.openedOn} >= ${q.from}::date` : undefined,
    q.to ? sql`${criminalCase.openedOn} <= ${q.to}::date` : undefined,
    q.unitId ? eq(criminalCase.unitId, q.unitId) : undefined,
    q.article?.length
      ? sql`${criminalCase.articles} && array[${sql.join(
          q.article.map((a) => sql`${a}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    q.severity?.length ? inArray(criminalCase.severity, q.severity) : undefined,
    q.status?.length ? inArray(criminalCase.status, q.status) : undefined,
    q.projectId ? eq(criminalCase.projectId, q.projectId) : undefined,
    q.drugType?.length
      ? sql`exists (select 1 from ${seizure} where ${seizure.caseId} = ${criminalCase.id} and ${inArray(seizure.drugType, q.drugType)})`
      : undefined,
  );
}

export async function listCases(db: Db, actor: Actor, q: CaseListQuery): Promise<Paged<CriminalCase>> {
  const where = filters(q);
  const sortColumns = {
    openedOn: criminalCase.openedOn,
    number: criminalCase.number,
    severity: criminalCase.severity,
    status: criminalCase.status,
    updatedAt: criminalCase.updatedAt,
  } as const;
  const sort = q.sort ?? 'openedOn';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(criminalCase.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const seizures = await seizuresOf(
        db,
        rows.map((r) => r.c.id),
      );
      return rows.map((r) => toCase(r, seizures.get(r.c.id) ?? []));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(criminalCase)
        .where(and(unitInScope(actor, 'case.read', criminalCase.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertCase(tx: Db, values: typeof criminalCase.$inferInsert): Promise<string> {
  const [row] = await tx.insert(criminalCase).values(values).returning({ id: criminalCase.id });
  return row!.id;
}

export async function insertSeizures(tx: Db, values: (typeof seizure.$inferInsert)[]): Promise<string[]> {
  if (!values.length) return [];
  const rows = await tx.insert(seizure).values(values).returning({ id: seizure.id });
  return rows.map((r) => r.id);
}

/** Bumps a case's version when a seizure is added (a stale form gets 409), guarded by the version read. */
export async function touchCase(tx: Db, actor: Actor, id: string, version: number): Promise<boolean> {
  const done = await tx
    .update(criminalCase)
    .set({ version: sql`${criminalCase.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
    .where(and(eq(criminalCase.id, id), eq(criminalCase.version, version)))
    .returning({ id: criminalCase.id });
  return done.length > 0;
}
