import type { Paged, Task, TaskListQuery, TaskStatus, TaskUpdateEntry } from '@pcmt/contracts';
import { allowedTaskTransitions, isTaskOverdue, openTaskStatuses, taskTimeliness } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { agency, task, taskUpdate, unit, userAccount } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { agencyInScope, unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

/**
 * The heads of an agency, to whom its overdue tasks are flagged and who answer for its scorecard: its active
 * users holding a head role — `leadership` (heads of provincial agencies), `commune_police_chief` (Trưởng Công an
 * xã) and `commune_committee` (Chủ tịch / Ban Chỉ đạo xã). An agency without such an account has no head here.
 */
export const HEAD_ROLES = ['leadership', 'commune_police_chief', 'commune_committee'] as const;

const assigner = alias(agency, 'assigner');
const assignee = alias(agency, 'assignee');
const byUser = alias(userAccount, 'by_user');
const toUser = alias(userAccount, 'to_user');
const acceptUser = alias(userAccount, 'accept_user');

const columns = {
  t: task,
  unitCode: unit.code,
  unitName: unit.name,
  assignerCode: assigner.code,
  assignerName: assigner.name,
  assigneeCode: assignee.code,
  assigneeName: assignee.name,
  byUsername: byUser.username,
  byName: byUser.displayName,
  toUsername: toUser.username,
  toName: toUser.displayName,
  acceptUsername: acceptUser.username,
  acceptName: acceptUser.displayName,
};
type Row = {
  t: typeof task.$inferSelect;
  unitCode: string;
  unitName: string;
  assignerCode: string;
  assignerName: string;
  assigneeCode: string;
  assigneeName: string;
  byUsername: string;
  byName: string;
  toUsername: string | null;
  toName: string | null;
  acceptUsername: string | null;
  acceptName: string | null;
};
export type Person = { id: string; username: string; displayName: string };

const toTask = (r: Row, today: string, heads: Map<string, Person[]>): Task => {
  const t = r.t;
  const status = t.status as TaskStatus;
  const overdue = isTaskOverdue({ status, deadline: t.deadline }, today);
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    unit: { id: t.unitId, code: r.unitCode, name: r.unitName },
    sourceKind: t.sourceKind as Task['sourceKind'],
    sourceId: t.sourceId,
    sourceRef: t.sourceRef,
    assignerAgency: { id: t.agencyId, code: r.assignerCode, name: r.assignerName },
    assignedBy: { id: t.assignedBy, username: r.byUsername, displayName: r.byName },
    assigneeAgency: { id: t.assigneeAgencyId, code: r.assigneeCode, name: r.assigneeName },
    assigneeUser:
      t.assigneeUserId && r.toUsername
        ? { id: t.assigneeUserId, username: r.toUsername, displayName: r.toName ?? r.toUsername }
        : null,
    assignedOn: t.assignedOn,
    deadline: t.deadline,
    status,
    statusSince: t.statusSince,
    percent: t.percent,
    completedOn: t.completedOn,
    acceptedOn: t.acceptedOn,
    acceptedBy:
      t.acceptedBy && r.acceptUsername
        ? { id: t.acceptedBy, username: r.acceptUsername, displayName: r.acceptName ?? r.acceptUsername }
        : null,
    overdue,
    timeliness: taskTimeliness({ status, deadline: t.deadline, completedOn: t.completedOn }, today),
    flaggedTo: overdue ? (heads.get(t.assigneeAgencyId) ?? []) : [],
    allowedTransitions: [...allowedTaskTransitions(status)],
    isDemo: t.isDemo,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
};

/**
 * Who may see a task: its unit is in the actor's jurisdiction, or it was assigned to or by the actor's agency
 * — departments and border guards see the tasks assigned to them wherever they are (PRODUCT.md §9).
 */
export const taskReadable = (actor: Actor): SQL =>
  or(
    unitInScope(actor, 'task.read', task.unitId),
    eq(task.assigneeAgencyId, actor.agencyId),
    eq(task.agencyId, actor.agencyId),
  ) as SQL;

const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(task)
    .innerJoin(unit, eq(unit.id, task.unitId))
    .innerJoin(assigner, eq(assigner.id, task.agencyId))
    .innerJoin(assignee, eq(assignee.id, task.assigneeAgencyId))
    .innerJoin(byUser, eq(byUser.id, task.assignedBy))
    .leftJoin(toUser, eq(toUser.id, task.assigneeUserId))
    .leftJoin(acceptUser, eq(acceptUser.id, task.acceptedBy))
    .where(and(taskReadable(actor), where));

/** The heads (see HEAD_ROLES) of each agency of `agencyIds`. */
export async function headsOf(db: Db, agencyIds: string[]): Promise<Map<string, Person[]>> {
  const out = new Map<string, Person[]>();
  if (!agencyIds.length) return out;
  const rows = await db
    .select({
      id: userAccount.id,
      username: userAccount.username,
      displayName: userAccount.displayName,
      agencyId: userAccount.agencyId,
    })
    .from(userAccount)
    .where(
      and(
        inArray(userAccount.agencyId, [...new Set(agencyIds)]),
        eq(userAccount.status, 'active'),
        sql`${userAccount.roles} && ${sql.raw(`array['${HEAD_ROLES.join("','")}']::text[]`)}`,
      ),
    )
    .orderBy(asc(userAccount.displayName), asc(userAccount.id));
  for (const r of rows)
    out.set(r.agencyId, [
      ...(out.get(r.agencyId) ?? []),
      { id: r.id, username: r.username, displayName: r.displayName },
    ]);
  return out;
}

async function withHeads(db: Db, rows: Row[], today: string): Promise<Task[]> {
  const overdueAgencies = rows
    .filter((r) => isTaskOverdue({ status: r.t.status as TaskStatus, deadline: r.t.deadline }, today))
    .map((r) => r.t.assigneeAgencyId);
  const heads = await headsOf(db, overdueAgencies);
  return rows.map((r) => toTask(r, today, heads));
}

export async function findTask(db: Db, actor: Actor, id: string, today: string): Promise<Task | null> {
  const [row] = await scoped(db, actor, eq(task.id, id));
  if (!row) return null;
  const [t] = await withHeads(db, [row as Row], today);
  return t ?? null;
}

const open = sql.raw(`(${openTaskStatuses.map((s) => `'${s}'`).join(',')})`);

/** The SQL of a timeliness class on `today` (mirrors `taskTimeliness` in the domain). */
export function timelinessSql(which: Task['timeliness'], today: string): SQL {
  switch (which) {
    case 'overdue':
      return sql`(${task.status} in ${open} and ${task.deadline} < ${today}::date)`;
    case 'open':
      return sql`(${task.status} in ${open} and ${task.deadline} >= ${today}::date)`;
    case 'on_time':
      return sql`(${task.status} in ('done','accepted') and ${task.completedOn} <= ${task.deadline})`;
    case 'late':
      return sql`(${task.status} in ('done','accepted') and ${task.completedOn} > ${task.deadline})`;
    case 'cancelled':
      return sql`(${task.status} = 'cancelled')`;
  }
}

function filters(actor: Actor, q: TaskListQuery, today: string): SQL | undefined {
  const heads = actor.roles.some((r) => (HEAD_ROLES as readonly string[]).includes(r));
  return and(
    q.q ? sql`${task.titleFold} like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.status?.length ? inArray(task.status, q.status) : undefined,
    q.overdue === 'true' ? timelinessSql('overdue', today) : undefined,
    q.overdue === 'false' ? sql`not ${timelinessSql('overdue', today)}` : undefined,
    q.timeliness ? timelinessSql(q.timeliness, today) : undefined,
    q.assigneeAgencyId ? eq(task.assigneeAgencyId, q.assigneeAgencyId) : undefined,
    q.agencyId ? eq(task.agencyId, q.agencyId) : undefined,
    q.unitId ? eq(task.unitId, q.unitId) : undefined,
    q.sourceKind ? eq(task.sourceKind, q.sourceKind) : undefined,
    q.programmeId
      ? and(eq(task.sourceKind, 'programme_plan_item'), eq(task.sourceId, q.programmeId))
      : undefined,
    q.deadlineFrom ? gte(task.deadline, q.deadlineFrom) : undefined,
    q.deadlineTo ? lte(task.deadline, q.deadlineTo) : undefined,
    q.flaggedToMe
      ? heads
        ? and(eq(task.assigneeAgencyId, actor.agencyId), timelinessSql('overdue', today))
        : sql`false`
      : undefined,
  );
}

const sortColumns = {
  deadline: task.deadline,
  assignedOn: task.assignedOn,
  title: task.title,
  status: task.status,
  updatedAt: task.updatedAt,
} as const;

export async function listTasks(db: Db, actor: Actor, q: TaskListQuery, today: string): Promise<Paged<Task>> {
  const where = filters(actor, q, today);
  const column = sortColumns[q.sort ?? 'deadline'];
  const direction = (q.order ?? 'asc') === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      // Without a chosen sort, the work still to do comes first (by deadline), finished work after it.
      const order = q.sort
        ? [direction(column), asc(task.id)]
        : [sql`${task.status} in ('accepted', 'cancelled')`, asc(task.deadline), asc(task.id)];
      const rows = await scoped(db, actor, where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      return withHeads(db, rows as Row[], today);
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(task)
        .where(and(taskReadable(actor), where));
      return c?.n ?? 0;
    },
  );
}

/** What the actor may do on a readable task, beyond reading it (null: not readable = 404). */
export async function taskRights(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      report: sql<boolean>`(${agencyInScope(actor, 'task.report', task.assigneeAgencyId)} or ${task.assigneeUserId} = ${actor.userId})`,
      accept: sql<boolean>`${agencyInScope(actor, 'task.accept', task.agencyId)}`,
      assign: sql<boolean>`${agencyInScope(actor, 'task.assign', task.agencyId)}`,
    })
    .from(task)
    .where(and(eq(task.id, id), taskReadable(actor)));
  return row ?? null;
}

export async function insertTask(tx: Db, values: typeof task.$inferInsert): Promise<string> {
  const [row] = await tx.insert(task).values(values).returning({ id: task.id });
  return row!.id;
}

export async function insertTaskUpdate(tx: Db, values: typeof taskUpdate.$inferInsert): Promise<void> {
  await tx.insert(taskUpdate).values(values);
}

export async function taskUpdatesOf(db: Db, taskId: string): Promise<TaskUpdateEntry[]> {
  const rows = await db
    .select({
      u: taskUpdate,
      username: userAccount.username,
      displayName: userAccount.displayName,
    })
    .from(taskUpdate)
    .innerJoin(userAccount, eq(userAccount.id, taskUpdate.createdBy))
    .where(eq(taskUpdate.taskId, taskId))
    .orderBy(asc(taskUpdate.createdAt), asc(taskUpdate.id));
  return rows.map((r) => ({
    id: r.u.id,
    toStatus: r.u.toStatus as TaskStatus | null,
    on: r.u.on,
    progress: r.u.progress,
    percent: r.u.percent,
    proofIds: r.u.proofIds,
    by: { username: r.username, displayName: r.displayName },
    at: r.u.createdAt.toISOString(),
  }));
}

/** Is the unit inside the actor's jurisdiction for `task.assign`? */
export async function unitAssignable(db: Db, actor: Actor, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, 'task.assign', unit.id)));
  return !!row;
}

/** The assignee agency, and whether the officer (if any) is an active member of it. */
export async function assigneeFacts(db: Db, agencyId: string, userId: string | null) {
  const [a] = await db.select({ id: agency.id }).from(agency).where(eq(agency.id, agencyId));
  if (!a) return { agency: false, user: false };
  if (!userId) return { agency: true, user: true };
  const [u] = await db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(
      and(eq(userAccount.id, userId), eq(userAccount.agencyId, agencyId), eq(userAccount.status, 'active')),
    );
  return { agency: true, user: !!u };
}

/** The ids of `ids` that are files attached to record (`recordType`, `recordId`). */
export async function attachmentsOf(db: Db, recordType: string, recordId: string, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text as id from attachment where record_type = ${recordType} and record_id = ${recordId}
          and id::text in ${ids}`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Access-matrix fixture only: puts a task in `status` directly (see tasks.register.ts). */
export async function setStatusForMatrix(db: Db, id: string, status: string): Promise<void> {
  await db.execute(sql`update task set status = ${status}, version = version + 1 where id = ${id}`);
}
