import type {
  CommitteeMember,
  IndicatorSnapshot,
  Paged,
  ProgrammeListItem,
  ProgrammeListQuery,
  ProgrammeReport,
  ProgrammeStatus,
} from '@pcmt/contracts';
import { allowedProgrammeTransitions, openTaskStatuses } from '@pcmt/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import {
  agency,
  programme,
  programmeCriterion,
  programmeEvent,
  programmeMember,
  programmeReport,
  unit,
  userAccount,
} from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type ProgrammePermission = 'programme.read' | 'programme.write' | 'programme.report' | 'programme.evaluate';

const columns = {
  p: programme,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type Row = {
  p: typeof programme.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};
type TaskCounts = ProgrammeListItem['tasks'];
const noTasks: TaskCounts = { total: 0, open: 0, overdue: 0, done: 0, accepted: 0 };

const toItem = (r: Row, tasks: TaskCounts): ProgrammeListItem => {
  const p = r.p;
  const status = p.status as ProgrammeStatus;
  return {
    id: p.id,
    name: p.name,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    agency: { id: p.agencyId, code: r.agencyCode, name: r.agencyName },
    keyAreaId: p.keyAreaId,
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    decisionIssuer: p.decisionIssuer,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    objectives: p.objectives,
    status,
    statusSince: p.statusSince,
    watchUntil: p.watchUntil,
    baseline: p.baseline as IndicatorSnapshot,
    atSuccess: (p.atSuccess as IndicatorSnapshot | null) ?? null,
    relapseReasons: (p.relapseReasons as { vi: string; en: string }[] | null) ?? null,
    previousProgrammeId: p.previousProgrammeId,
    tasks,
    allowedTransitions: [...allowedProgrammeTransitions(status)],
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
};

/** Every programme query: joined with its commune and agency, inside the actor's jurisdiction for `permission`. */
const scoped = (db: Db, actor: Actor, permission: ProgrammePermission, where?: SQL) =>
  db
    .select(columns)
    .from(programme)
    .innerJoin(unit, eq(unit.id, programme.unitId))
    .innerJoin(agency, eq(agency.id, programme.agencyId))
    .where(and(unitInScope(actor, permission, programme.unitId), where));

/** Tasks from each programme's plan, by state on `today` (aggregates: counted whoever may read each task). */
async function taskCountsOf(db: Db, ids: string[], today: string): Promise<Map<string, TaskCounts>> {
  if (!ids.length) return new Map();
  const open = openTaskStatuses as readonly string[];
  const rows = await queryRows<TaskCounts & { id: string }>(
    db,
    sql`select source_id::text as id, count(*) filter (where status <> 'cancelled')::int as total,
               count(*) filter (where status in ${[...open]})::int as open,
               count(*) filter (where status in ${[...open]} and deadline < ${today}::date)::int as overdue,
               count(*) filter (where status = 'done')::int as done,
               count(*) filter (where status = 'accepted')::int as accepted
          from task where source_kind = 'programme_plan_item' and source_id::text in ${ids}
         group by source_id`,
  );
  return new Map(rows.map(({ id, ...c }) => [id, c]));
}

export async function findProgramme(
  db: Db,
  actor: Actor,
  id: string,
  today: string,
  permission: ProgrammePermission = 'programme.read',
): Promise<ProgrammeListItem | null> {
  const [row] = await scoped(db, actor, permission, eq(programme.id, id));
  if (!row) return null;
  const counts = await taskCountsOf(db, [id], today);
  return toItem(row as Row, counts.get(id) ?? noTasks);
}

const sortColumns = {
  periodFrom: programme.periodFrom,
  name: programme.name,
  status: programme.status,
  statusSince: programme.statusSince,
  updatedAt: programme.updatedAt,
} as const;

function filters(q: ProgrammeListQuery): SQL | undefined {
  return and(
    q.q ? sql`${programme.nameFold} like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.status?.length ? inArray(programme.status, q.status) : undefined,
    q.unitId ? eq(programme.unitId, q.unitId) : undefined,
    q.keyAreaId ? eq(programme.keyAreaId, q.keyAreaId) : undefined,
    q.agencyId ? eq(programme.agencyId, q.agencyId) : undefined,
    q.reached
      ? sql`exists (select 1 from ${programmeEvent} where ${programmeEvent.programmeId} = ${programme.id}
                      and ${programmeEvent.toStatus} = ${q.reached}
                      and (${q.reachedFrom ?? null}::date is null or ${programmeEvent.on} >= ${q.reachedFrom ?? null}::date)
                      and (${q.reachedTo ?? null}::date is null or ${programmeEvent.on} <= ${q.reachedTo ?? null}::date))`
      : undefined,
  );
}

export async function listProgrammes(
  db: Db,
  actor: Actor,
  q: ProgrammeListQuery,
  today: string,
): Promise<Paged<ProgrammeListItem>> {
  const where = filters(q);
  const column = sortColumns[q.sort ?? 'periodFrom'];
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, 'programme.read', where)
        .orderBy(direction(column), asc(programme.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const counts = await taskCountsOf(
        db,
        rows.map((r) => r.p.id),
        today,
      );
      return rows.map((r) => toItem(r, counts.get(r.p.id) ?? noTasks));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(programme)
        .where(and(unitInScope(actor, 'programme.read', programme.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function membersOf(db: Db, programmeId: string): Promise<CommitteeMember[]> {
  const rows = await db
    .select({ m: programmeMember, agencyCode: agency.code, agencyName: agency.name })
    .from(programmeMember)
    .leftJoin(agency, eq(agency.id, programmeMember.agencyId))
    .where(eq(programmeMember.programmeId, programmeId))
    .orderBy(asc(programmeMember.position));
  return rows.map(({ m, agencyCode, agencyName }) => ({
    id: m.id,
    name: m.name,
    kind: m.kind as CommitteeMember['kind'],
    agency: m.agencyId && agencyCode ? { id: m.agencyId, code: agencyCode, name: agencyName ?? '' } : null,
    organisation: m.organisation,
    title: m.title,
    role: m.role as CommitteeMember['role'],
  }));
}

export async function replaceMembers(
  tx: Db,
  programmeId: string,
  members: Omit<typeof programmeMember.$inferInsert, 'programmeId' | 'position'>[],
): Promise<void> {
  await tx.delete(programmeMember).where(eq(programmeMember.programmeId, programmeId));
  if (members.length)
    await tx.insert(programmeMember).values(members.map((m, position) => ({ ...m, programmeId, position })));
}

export async function reportsOf(db: Db, programmeId: string): Promise<ProgrammeReport[]> {
  const rows = await db
    .select({ r: programmeReport, username: userAccount.username, displayName: userAccount.displayName })
    .from(programmeReport)
    .innerJoin(userAccount, eq(userAccount.id, programmeReport.createdBy))
    .where(eq(programmeReport.programmeId, programmeId))
    .orderBy(desc(programmeReport.month), desc(programmeReport.createdAt));
  return rows.map(({ r, username, displayName }) => ({
    id: r.id,
    month: r.month.slice(0, 7),
    summary: r.summary,
    figures: r.figures as Record<string, number>,
    by: { username, displayName },
    at: r.createdAt.toISOString(),
    isDemo: r.isDemo,
  }));
}

export async function reportSummaryOf(db: Db, programmeId: string) {
  const [row] = await queryRows<{ count: number; last: string | null }>(
    db,
    sql`select count(*)::int as count, to_char(max(month), 'YYYY-MM') as last
          from programme_report where programme_id = ${programmeId}`,
  );
  return { count: row?.count ?? 0, lastMonth: row?.last ?? null };
}

/** The answers of the latest evaluation round (empty before any evaluation). */
export async function latestCriteria(db: Db, programmeId: string) {
  const rows = await db
    .select()
    .from(programmeCriterion)
    .where(
      and(
        eq(programmeCriterion.programmeId, programmeId),
        sql`${programmeCriterion.round} = (select max(round) from programme_criterion where programme_id = ${programmeId})`,
      ),
    )
    .orderBy(asc(programmeCriterion.createdAt), asc(programmeCriterion.id));
  return rows;
}

export async function nextRound(db: Db, programmeId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce(max(round), 0)::int + 1 as n from programme_criterion where programme_id = ${programmeId}`,
  );
  return row?.n ?? 1;
}

export async function insertProgramme(tx: Db, values: typeof programme.$inferInsert): Promise<string> {
  const [row] = await tx.insert(programme).values(values).returning({ id: programme.id });
  return row!.id;
}

export async function insertProgrammeEvent(
  tx: Db,
  values: typeof programmeEvent.$inferInsert,
): Promise<void> {
  await tx.insert(programmeEvent).values(values);
}

export async function insertReport(tx: Db, values: typeof programmeReport.$inferInsert): Promise<string> {
  const [row] = await tx.insert(programmeReport).values(values).returning({ id: programmeReport.id });
  return row!.id;
}

export async function insertCriteria(
  tx: Db,
  rows: (typeof programmeCriterion.$inferInsert)[],
): Promise<void> {
  if (rows.length) await tx.insert(programmeCriterion).values(rows);
}

/** The unit if it is a commune-level unit valid on `on`. */
export async function communeValidOn(db: Db, unitId: string, on: string) {
  const [row] = await db
    .select({ id: unit.id, name: unit.name })
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

/** Is the unit inside the actor's jurisdiction for `permission`? */
export async function unitWithin(db: Db, actor: Actor, unitId: string, permission: ProgrammePermission) {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}

/** The key area's commune, or null when there is no such designation. */
export async function keyAreaUnit(db: Db, keyAreaId: string): Promise<string | null> {
  const [row] = await queryRows<{ unitId: string }>(
    db,
    sql`select unit_id::text as "unitId" from key_area where id = ${keyAreaId}`,
  );
  return row?.unitId ?? null;
}

export async function existingAgencies(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: agency.id }).from(agency).where(inArray(agency.id, ids));
  return new Set(rows.map((r) => r.id));
}

/**
 * Programmes being watched after success (every jurisdiction: the relapse check is the system's), or only
 * those of `ids` (a read checks the programmes it shows).
 */
export async function watchedProgrammes(db: Db, ids?: string[]) {
  return db
    .select({
      id: programme.id,
      unitId: programme.unitId,
      statusSince: programme.statusSince,
      watchUntil: programme.watchUntil,
      atSuccess: programme.atSuccess,
      version: programme.version,
    })
    .from(programme)
    .where(and(eq(programme.status, 'succeeded'), ids ? inArray(programme.id, ids) : undefined));
}

/**
 * Flags a watched programme `relapsed` (the system's move): guarded by status and version, so a programme
 * someone moved meanwhile is left alone (false).
 */
export async function markRelapsed(
  tx: Db,
  p: { id: string; version: number },
  on: string,
  reasons: { vi: string; en: string }[],
): Promise<boolean> {
  const done = await tx
    .update(programme)
    .set({
      status: 'relapsed',
      statusSince: on,
      relapseReasons: reasons,
      version: p.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(programme.id, p.id), eq(programme.status, 'succeeded'), eq(programme.version, p.version)))
    .returning({ id: programme.id });
  return done.length > 0;
}

/** Access-matrix fixture only: puts a programme in `status` directly (see programmes.register.ts). */
export async function setStatusForMatrix(db: Db, id: string, status: string): Promise<void> {
  await db.execute(sql`update programme set status = ${status}, version = version + 1 where id = ${id}`);
}
