import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { recordColumns } from './record-columns.ts';

/**
 * A border patrol or control (issue 11 item 5). `unit_id` is the border commune as of `start_on`; `agency_id`
 * the recording station. Results are rows of `border_patrol_result` (a field team reports as it goes).
 */
export const borderPatrol = pgTable(
  'border_patrol',
  {
    ...recordColumns(),
    kind: text('kind').notNull(),
    station: text('station').notNull(),
    route: text('route').notNull(),
    gateCode: text('gate_code'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    officers: integer('officers').notNull(),
    forces: text('forces').array().notNull().default(sql`'{}'::text[]`),
    jointWith: text('joint_with').array().notNull().default(sql`'{}'::text[]`),
    counterpart: text('counterpart'),
    plan: text('plan'),
    status: text('status').notNull().default('planned'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('border_patrol_unit_start_idx').on(t.unitId, t.startOn),
    index('border_patrol_start_idx').on(t.startOn),
  ],
);

/** One result report of a patrol: append-only (a correction is a new report). */
export const borderPatrolResult = pgTable(
  'border_patrol_result',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patrolId: uuid('patrol_id')
      .notNull()
      .references(() => borderPatrol.id),
    on: date('on', { mode: 'string' }).notNull(),
    arrests: integer('arrests').notNull().default(0),
    personIds: uuid('person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    tipsPassed: integer('tips_passed').notNull().default(0),
    tipIds: uuid('tip_ids').array().notNull().default(sql`'{}'::uuid[]`),
    note: text('note'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('border_patrol_result_patrol_idx').on(t.patrolId),
    index('border_patrol_result_on_idx').on(t.on),
  ],
);

/**
 * A seizure of a patrol result, in the case register's shape: `family` and `base_quantity` (kg → g) derived
 * when written, so totals never mix units.
 */
export const borderSeizure = pgTable(
  'border_seizure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => borderPatrolResult.id),
    patrolId: uuid('patrol_id')
      .notNull()
      .references(() => borderPatrol.id),
    on: date('on', { mode: 'string' }).notNull(),
    drugType: text('drug_type').notNull(),
    measure: text('measure').notNull(),
    quantity: numeric('quantity', { precision: 16, scale: 3 }).notNull(),
    family: text('family').notNull(),
    baseQuantity: numeric('base_quantity', { precision: 19, scale: 3 }).notNull(),
    note: text('note'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('border_seizure_patrol_idx').on(t.patrolId),
    index('border_seizure_result_idx').on(t.resultId),
  ],
);
