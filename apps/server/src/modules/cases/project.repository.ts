import type { Paged, ProjectListQuery, ProjectStatus, SpecialProject } from '@pcmt/contracts';
import { allowedProjectTransitions } from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, criminalCase, ring, specialProject, unit } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type Row = {
  p: typeof specialProject.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  ringName: string | null;
};

/** Every project query: with its unit, agency and ring (named only inside the reader's person scope). */
const scoped = (db: Db, actor: Actor, where?: SQL) => {
  const ringVisible = can(actor, 'person.read') ? unitInScope(actor, 'person.read', ring.unitId) : sql`false`;
  return db
    .select({
      p: specialProject,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
      ringName: sql<string | null>`case when ${ringVisible} then ${ring.name} end`,
    })
    .from(specialProject)
    .innerJoin(unit, eq(unit.id, specialProject.unitId))
    .innerJoin(agency, eq(agency.id, specialProject.agencyId))
    .leftJoin(ring, eq(ring.id, specialProject.ringId))
    .where(and(unitInScope(actor, 'project.read', specialProject.unitId), where));
};

/** The cases of these projects the reader may see (case scope; none without `case.read`). */
async function casesOf(db: Db, actor: Actor, ids: string[]) {
  const out = new Map<string, SpecialProject['cases']>();
  if (!ids.length || !can(actor, 'case.read')) return out;
  const rows = await db
    .select({
      projectId: criminalCase.projectId,
      id: criminalCase.id,
      number: criminalCase.number,
      openedOn: criminalCase.openedOn,
      severity: criminalCase.severity,
      status: criminalCase.status,
    })
    .from(criminalCase)
    .where(and(inArray(criminalCase.projectId, ids), unitInScope(actor, 'case.read', criminalCase.unitId)))
    .orderBy(asc(criminalCase.openedOn), asc(criminalCase.id));
  for (const { projectId, ...c } of rows)
    out.set(projectId!, [...(out.get(projectId!) ?? []), c as SpecialProject['cases'][number]]);
  return out;
}

const toProject = (r: Row, cases: SpecialProject['cases']): SpecialProject => {
  const p = r.p;
  const status = p.status as ProjectStatus;
  return {
    id: p.id,
    name: p.name,
    decisionNumber: p.decisionNumber,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    ringId: p.ringId,
    ring: p.ringId && r.ringName ? { id: p.ringId, name: r.ringName } : null,
    summary: p.summary,
    status,
    statusSince: p.statusSince,
    allowedTransitions: [...allowedProjectTransitions(status)],
    cases,
    agency: { id: p.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
};

export async function findProject(db: Db, actor: Actor, id: string): Promise<SpecialProject | null> {
  const [row] = await scoped(db, actor, eq(specialProject.id, id));
  if (!row) return null;
  return toProject(row as Row, (await casesOf(db, actor, [id])).get(id) ?? []);
}

function filters(q: ProjectListQuery): SQL | undefined {
  return and(
    q.q
      ? sql`pcmt_fold(${specialProject.name}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})`
      : undefined,
    q.status?.length ? inArray(specialProject.status, q.status) : undefined,
    q.unitId ? eq(specialProject.unitId, q.unitId) : undefined,
    q.to ? sql`${specialProject.periodFrom} <= ${q.to}::date` : undefined,
    q.from
      ? sql`(${specialProject.periodTo} is null or ${specialProject.periodTo} >= ${q.from}::date)`
      : undefined,
  );
}

export async function listProjects(
  db: Db,
  actor: Actor,
  q: ProjectListQuery,
): Promise<Paged<SpecialProject>> {
  const where = filters(q);
  const sortColumns = {
    periodFrom: specialProject.periodFrom,
    name: specialProject.name,
    status: specialProject.status,
    updatedAt: specialProject.updatedAt,
  } as const;
  const sort = q.sort ?? 'periodFrom';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, where)
        .orderBy(direction(sortColumns[sort]), asc(specialProject.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const cases = await casesOf(
        db,
        actor,
        rows.map((r) => r.p.id),
      );
      return rows.map((r) => toProject(r, cases.get(r.p.id) ?? []));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(specialProject)
        .where(and(unitInScope(actor, 'project.read', specialProject.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertProject(tx: Db, values: typeof specialProject.$inferInsert): Promise<string> {
  const [row] = await tx.insert(specialProject).values(values).returning({ id: specialProject.id });
  return row!.id;
}
