import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { recordColumns } from './record-columns.ts';

/**
 * A task (nhiệm vụ): a plan item, programme measure or directive assigned to an agency (and optionally one of
 * its officers) with a deadline. `agency_id` (record column) is the **assigner's** agency — acceptance belongs
 * to it; `unit_id` is where the work applies (a commune, or the province for a province-wide directive).
 */
export const task = pgTable(
  'task',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    description: text('description'),
    /** `programme_plan_item` (source_id = programme), `directive` (source_ref = its number), `other`. */
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id'),
    sourceRef: text('source_ref'),
    assigneeAgencyId: uuid('assignee_agency_id')
      .notNull()
      .references(() => agency.id),
    assigneeUserId: uuid('assignee_user_id').references(() => userAccount.id),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => userAccount.id),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('assigned'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    percent: integer('percent').notNull().default(0),
    completedOn: date('completed_on', { mode: 'string' }),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    acceptedBy: uuid('accepted_by').references(() => userAccount.id),
    titleFold: text('title_fold').generatedAlwaysAs(sql`pcmt_fold(title)`),
  },
  (t) => [
    index('task_unit_idx').on(t.unitId),
    index('task_assignee_idx').on(t.assigneeAgencyId, t.status, t.deadline),
    index('task_assigner_idx').on(t.agencyId),
    index('task_source_idx').on(t.sourceKind, t.sourceId),
    index('task_status_deadline_idx').on(t.status, t.deadline),
    check('task_deadline_after_assignment', sql`${t.deadline} >= ${t.assignedOn}`),
    check('task_percent_range', sql`${t.percent} between 0 and 100`),
  ],
);

/**
 * The task's history as the assignee and assigner wrote it: progress reports (text, percent, proof files
 * attached to the task) and status changes (`to_status`: done, accepted, returned, cancelled), each dated.
 */
export const taskUpdate = pgTable(
  'task_update',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => task.id),
    toStatus: text('to_status'),
    on: date('on', { mode: 'string' }).notNull(),
    progress: text('progress').notNull(),
    percent: integer('percent'),
    proofIds: jsonb('proof_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('task_update_task_idx').on(t.taskId, t.createdAt)],
);
