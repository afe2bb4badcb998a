import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { recordColumns } from './record-columns.ts';
import { unit } from './units.ts';

/**
 * Prestigious persons and religious dignitaries (issue 11 item 6). `unit_id` is their commune; the name is
 * folded for search as person names are (`pcmt_fold`, migration 0005).
 */
export const prestigiousPerson = pgTable(
  'prestigious_person',
  {
    ...recordColumns(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    religion: text('religion'),
    title: text('title'),
    ethnicity: text('ethnicity'),
    birthYear: integer('birth_year'),
    village: text('village'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    phone: text('phone'),
    notes: text('notes'),
    status: text('status').notNull().default('active'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(full_name)`),
  },
  (t) => [
    index('prestigious_person_unit_idx').on(t.unitId, t.status),
    index('prestigious_person_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
  ],
);

/** One engagement of a prestigious person: append-only; `unit_id` is where it took place (counted there). */
export const prestigiousEngagement = pgTable(
  'prestigious_engagement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => prestigiousPerson.id),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    content: text('content').notNull(),
    personsPersuaded: integer('persons_persuaded'),
    result: text('result'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('prestigious_engagement_person_idx').on(t.personId, t.on),
    index('prestigious_engagement_unit_on_idx').on(t.unitId, t.on),
  ],
);

/**
 * A model initiative (mô hình): run by the commune of `unit_id` (which writes it), covering `other_unit_ids`
 * too (whose officers read it). Results are append-only rows of `prevention_model_result`.
 */
export const preventionModel = pgTable(
  'prevention_model',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    otherUnitIds: uuid('other_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    hostAgency: text('host_agency').notNull(),
    membersCount: integer('members_count'),
    members: text('members'),
    evaluation: text('evaluation'),
    rating: text('rating'),
    notes: text('notes'),
    status: text('status').notNull().default('active'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(name)`),
  },
  (t) => [
    index('prevention_model_unit_idx').on(t.unitId, t.status),
    index('prevention_model_other_units_idx').using('gin', t.otherUnitIds),
    index('prevention_model_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
  ],
);

export const preventionModelResult = pgTable(
  'prevention_model_result',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => preventionModel.id),
    on: date('on', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    eventsHeld: integer('events_held'),
    participants: integer('participants'),
    personsPersuaded: integer('persons_persuaded'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('prevention_model_result_model_idx').on(t.modelId, t.on),
    index('prevention_model_result_on_idx').on(t.on),
  ],
);
