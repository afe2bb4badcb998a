import {
  type Paged,
  type Scorecard,
  type ScorecardQuery,
  type Task,
  type TaskCreate,
  type TaskDetail,
  type TaskListQuery,
  type TaskMove,
  type TaskMoveWithReason,
  type TaskProgress,
  type TaskStatus,
  type TaskUpdate,
  type TimelineEntry,
  taskContract,
  taskStatusLabel,
  taskStatusLabelEn,
} from '@pcmt/contracts';
import { allowedTaskTransitions, deadlineProblem, reportableTaskStatuses, vietnamDateOf } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { task } from '../../platform/db/schema/index.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { scorecardOf } from './scorecard.repository.ts';
import {
  assigneeFacts,
  attachmentsOf,
  findTask,
  insertTask,
  insertTaskUpdate,
  listTasks,
  taskRights,
  taskUpdatesOf,
  unitAssignable,
} from './task.repository.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const forbidden = (id: 'task.assignerOnly' | 'task.assigneeReportsOnly') => new AppError('forbidden', id);

export type TaskDeps = { now?: () => Date };

/** What a task is written from, checked: the caller (task or programme service) inserts it. */
export type PreparedTask = Omit<typeof task.$inferInsert, 'createdBy' | 'updatedBy' | 'assignedBy'>;

/**
 * The task register (nhiệm vụ): assign, edit, report progress with proofs, hand in, accept or return (by the
 * assigner's agency), cancel; list with the overdue flag and the heads it is flagged to; scorecards.
 */
export function createTaskService(db: Db, deps: TaskDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const today = () => vietnamDateOf(now());

  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findTask(tx, actor, id, today());
    if (!found) throw notFound('task.notFound');
    return found;
  };
  const rightsOf = async (actor: Actor, id: string) => {
    const rights = await taskRights(db, actor, id);
    if (!rights) throw notFound('task.notFound');
    return rights;
  };

  /** Not in the future, nor before the date it follows (the message names which). */
  function assertOn(
    path: string,
    on: string,
    after?: { date: string; messageId: 'task.dateBeforeAssigned' | 'task.dateBeforeCompleted' },
  ) {
    if (on > today()) throw invalid(path, 'date.notAfterToday');
    if (after && on < after.date) throw invalid(path, after.messageId, { date: vnDate(after.date) });
  }

  async function assertProofs(tx: Db, taskId: string, ids: string[] | undefined) {
    const wanted = [...new Set(ids ?? [])];
    const found = await attachmentsOf(tx, 'task', taskId, wanted);
    const i = (ids ?? []).findIndex((id) => !found.has(id));
    if (i >= 0) throw invalid(`proofIds.${i}`, 'task.proofNotAttached');
    return wanted;
  }

  /**
   * Checks a task's facts for the actor (unit in the assigner's jurisdiction, assignee agency and officer,
   * deadline not before the assignment date) and returns the row to insert. Used for single tasks and for a
   * programme's plan items (all checked before any is written).
   */
  async function prepare(actor: Actor, input: TaskCreate, path = ''): Promise<PreparedTask> {
    const assignedOn = input.assignedOn ?? today();
    if (input.assignedOn) assertOn(`${path}assignedOn`, input.assignedOn);
    const problem = deadlineProblem(assignedOn, input.deadline);
    if (problem) throw invalid(`${path}${problem.field}`, 'task.deadlineBeforeAssigned');
    if (!(await unitAssignable(db, actor, input.unitId)))
      throw invalid(`${path}unitId`, 'task.unitOutOfScope');
    const facts = await assigneeFacts(db, input.assigneeAgencyId, input.assigneeUserId ?? null);
    if (!facts.agency) throw invalid(`${path}assigneeAgencyId`, 'task.assigneeAgencyNotFound');
    if (!facts.user) throw invalid(`${path}assigneeUserId`, 'task.assigneeNotInAgency');
    return {
      title: input.title,
      description: input.description ?? null,
      unitId: input.unitId,
      agencyId: actor.agencyId,
      sourceKind: input.sourceKind,
      sourceId: input.sourceId ?? null,
      sourceRef: input.sourceRef ?? null,
      assigneeAgencyId: input.assigneeAgencyId,
      assigneeUserId: input.assigneeUserId ?? null,
      assignedOn,
      deadline: input.deadline,
      status: 'assigned',
      statusSince: assignedOn,
    };
  }

  /** Writes a prepared task and its audit row inside the caller's transaction. */
  async function insertPrepared(tx: Db, actor: Actor, values: PreparedTask, isDemo = false): Promise<Task> {
    const id = await insertTask(tx, {
      ...values,
      assignedBy: actor.userId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      isDemo,
    });
    const created = await mustFind(tx, actor, id);
    await appendAudit(tx, auditContextOf(actor), {
      action: 'task.create',
      recordType: 'task',
      recordId: id,
      after: created,
    });
    return created;
  }

  /**
   * One dated status move with its task_update and audit row, guarded by status and version (409 naming the
   * allowed moves, or 409 when someone else moved it first: two accepting at once → one wins).
   */
  async function move(
    actor: Actor,
    id: string,
    m: {
      to: TaskStatus;
      version: number;
      on: string;
      note: string;
      action: 'task.complete' | 'task.accept' | 'task.return' | 'task.cancel';
      set: Record<string, unknown>;
      proofIds?: string[];
      before: Task;
    },
  ): Promise<Task> {
    return db.transaction(async (tx) => {
      const proofs = await assertProofs(tx, id, m.proofIds);
      await transitionStatus<TaskStatus>(tx, task, actor, {
        id,
        version: m.version,
        from: m.before.status,
        to: m.to,
        allowed: allowedTaskTransitions,
        label: (s) => ({ vi: taskStatusLabel[s], en: taskStatusLabelEn[s] }),
        set: { statusSince: m.on, ...m.set },
      });
      await insertTaskUpdate(tx, {
        taskId: id,
        toStatus: m.to,
        on: m.on,
        progress: m.note,
        percent: typeof m.set.percent === 'number' ? m.set.percent : null,
        proofIds: proofs,
        createdBy: actor.userId,
      });
      const after = await mustFind(tx, actor, id);
      await appendAudit(tx, auditContextOf(actor), {
        action: m.action,
        recordType: 'task',
        recordId: id,
        before: { status: m.before.status, statusSince: m.before.statusSince },
        after: { status: m.to, statusSince: m.on, ...m.set, reason: m.note, proofIds: proofs },
      });
      return after;
    });
  }

  /** Without audit: for the service's own reads after a write. */
  const detail = async (actor: Actor, id: string): Promise<TaskDetail> => {
    const found = await mustFind(db, actor, id);
    return { ...found, updates: await taskUpdatesOf(db, id) };
  };

  return {
    contract: taskContract,
    today,
    prepare,
    insertPrepared,

    async create(actor: Actor, input: TaskCreate, opts: { isDemo?: boolean } = {}): Promise<Task> {
      authorize(actor, 'task.assign');
      if (input.sourceKind === 'programme_plan_item')
        throw invalid('sourceKind', 'task.planItemFromProgramme');
      const values = await prepare(actor, input);
      return db.transaction((tx) => insertPrepared(tx, actor, values, opts.isDemo));
    },

    /** Edits by the assigner's agency while the task is open; a plan item keeps its programme. */
    async update(actor: Actor, id: string, input: TaskUpdate): Promise<Task> {
      authorize(actor, 'task.assign');
      const rights = await rightsOf(actor, id);
      if (!rights.assign) throw forbidden('task.assignerOnly');
      const before = await mustFind(db, actor, id);
      if (before.status === 'accepted' || before.status === 'cancelled')
        throw new AppError('conflict', 'task.closed');
      if (
        (before.sourceKind === 'programme_plan_item') !== (input.sourceKind === 'programme_plan_item') ||
        (before.sourceKind === 'programme_plan_item' && input.sourceId !== before.sourceId)
      )
        throw invalid('sourceKind', 'task.planItemFromProgramme');
      const problem = deadlineProblem(input.assignedOn ?? before.assignedOn, input.deadline);
      if (problem) throw invalid(problem.field, 'task.deadlineBeforeAssigned');
      const values = await prepare(actor, { ...input, assignedOn: input.assignedOn ?? before.assignedOn });
      return db.transaction(async (tx) => {
        const { agencyId: _keep, status: _s, statusSince: _ss, ...set } = values;
        await updateVersioned(tx, task, actor, { id, version: input.version }, set);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'task.update',
          recordType: 'task',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** A progress report by the assignee (with proofs); the first one moves the task to "đang thực hiện". */
    async progress(actor: Actor, id: string, input: TaskProgress): Promise<TaskDetail> {
      authorize(actor, 'task.report');
      const rights = await rightsOf(actor, id);
      if (!rights.report) throw forbidden('task.assigneeReportsOnly');
      const before = await mustFind(db, actor, id);
      if (!reportableTaskStatuses.includes(before.status))
        throw new AppError('conflict', 'task.progressWhileOpen');
      const on = input.on ?? today();
      assertOn('on', on, { date: before.assignedOn, messageId: 'task.dateBeforeAssigned' });
      await db.transaction(async (tx) => {
        const proofs = await assertProofs(tx, id, input.proofIds);
        const percent = input.percent ?? before.percent;
        const set = { percent };
        if (before.status === 'in_progress')
          await updateVersioned(tx, task, actor, { id, version: before.version, where: undefined }, set);
        else
          await transitionStatus<TaskStatus>(tx, task, actor, {
            id,
            version: before.version,
            from: before.status,
            to: 'in_progress',
            allowed: allowedTaskTransitions,
            label: (s) => ({ vi: taskStatusLabel[s], en: taskStatusLabelEn[s] }),
            set: { ...set, statusSince: on },
          });
        await insertTaskUpdate(tx, {
          taskId: id,
          toStatus: before.status === 'in_progress' ? null : 'in_progress',
          on,
          progress: input.progress,
          percent: input.percent ?? null,
          proofIds: proofs,
          createdBy: actor.userId,
        });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'task.progress',
          recordType: 'task',
          recordId: id,
          before: { status: before.status, percent: before.percent },
          after: { status: 'in_progress', percent, progress: input.progress, proofIds: proofs, on },
        });
      });
      return detail(actor, id);
    },

    /** Hoàn thành: the assignee hands the work in (100 %), for the assigner's acceptance. */
    async complete(actor: Actor, id: string, input: TaskMove): Promise<Task> {
      authorize(actor, 'task.report');
      const rights = await rightsOf(actor, id);
      if (!rights.report) throw forbidden('task.assigneeReportsOnly');
      const before = await mustFind(db, actor, id);
      const on = input.on ?? today();
      assertOn('on', on, { date: before.assignedOn, messageId: 'task.dateBeforeAssigned' });
      return move(actor, id, {
        to: 'done',
        version: input.version,
        on,
        note: input.note ?? 'Báo cáo hoàn thành',
        action: 'task.complete',
        set: { completedOn: on, percent: 100 },
        proofIds: input.proofIds,
        before,
      });
    },

    /** Nghiệm thu by the assigner's agency (or one above it). */
    async accept(actor: Actor, id: string, input: TaskMove): Promise<Task> {
      authorize(actor, 'task.accept');
      const rights = await rightsOf(actor, id);
      if (!rights.accept) throw forbidden('task.assignerOnly');
      const before = await mustFind(db, actor, id);
      const on = input.on ?? today();
      assertOn(
        'on',
        on,
        before.completedOn ? { date: before.completedOn, messageId: 'task.dateBeforeCompleted' } : undefined,
      );
      return move(actor, id, {
        to: 'accepted',
        version: input.version,
        on,
        note: input.note ?? 'Nghiệm thu',
        action: 'task.accept',
        set: { acceptedOn: on, acceptedBy: actor.userId },
        proofIds: input.proofIds,
        before,
      });
    },

    /** Trả lại: the work goes back to the assignee, with why. */
    async giveBack(actor: Actor, id: string, input: TaskMoveWithReason): Promise<Task> {
      authorize(actor, 'task.accept');
      const rights = await rightsOf(actor, id);
      if (!rights.accept) throw forbidden('task.assignerOnly');
      const before = await mustFind(db, actor, id);
      const on = input.on ?? today();
      assertOn(
        'on',
        on,
        before.completedOn ? { date: before.completedOn, messageId: 'task.dateBeforeCompleted' } : undefined,
      );
      return move(actor, id, {
        to: 'returned',
        version: input.version,
        on,
        note: input.note,
        action: 'task.return',
        set: { completedOn: null },
        proofIds: input.proofIds,
        before,
      });
    },

    async cancel(actor: Actor, id: string, input: TaskMoveWithReason): Promise<Task> {
      authorize(actor, 'task.assign');
      const rights = await rightsOf(actor, id);
      if (!rights.assign) throw forbidden('task.assignerOnly');
      const before = await mustFind(db, actor, id);
      const on = input.on ?? today();
      assertOn('on', on, { date: before.assignedOn, messageId: 'task.dateBeforeAssigned' });
      return move(actor, id, {
        to: 'cancelled',
        version: input.version,
        on,
        note: input.note,
        action: 'task.cancel',
        set: {},
        proofIds: input.proofIds,
        before,
      });
    },

    /** Reading a task is audited like every register read. */
    async get(actor: Actor, id: string): Promise<TaskDetail> {
      authorize(actor, 'task.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        const updates = await taskUpdatesOf(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'task.read',
          recordType: 'task',
          recordId: id,
        });
        return { ...found, updates };
      });
    },

    async list(actor: Actor, q: TaskListQuery): Promise<Paged<Task>> {
      authorize(actor, 'task.read');
      return db.transaction(async (tx) => {
        const page = await listTasks(tx, actor, q, today());
        await appendAudit(tx, auditContextOf(actor), {
          action: 'task.list',
          recordType: 'task',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** Scorecards per unit or per agency (and its heads) for a period; each figure links to its records. */
    async scorecard(actor: Actor, q: ScorecardQuery): Promise<Scorecard> {
      authorize(actor, 'scorecard.read');
      const asOf = today();
      const to = q.to ?? asOf;
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 5)
        throw invalid('from', 'task.scorecardPeriodTooLong');
      return db.transaction(async (tx) => {
        const card = await scorecardOf(tx, actor, { from, to, by: q.by, asOf });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'scorecard.read',
          recordType: 'task',
          after: { from, to, by: q.by, rows: card.rows.length },
        });
        return card;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await taskRights(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'task.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, taskContract, id, language);
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
