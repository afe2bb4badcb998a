import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { ring } from './persons.ts';
import { recordColumns } from './record-columns.ts';
import { unit } from './units.ts';

/**
 * A special project (chuyên án, issue 11 item 2): a planned operation against a ring, over a period; its cases
 * point at it. `unit_id` is the unit that runs it (a commune, or the province for PC04).
 */
export const specialProject = pgTable(
  'special_project',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    decisionNumber: text('decision_number'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }),
    ringId: uuid('ring_id').references(() => ring.id),
    summary: text('summary'),
    status: text('status').notNull().default('active'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
  },
  (t) => [index('special_project_unit_idx').on(t.unitId)],
);

/**
 * A criminal case (vụ án). `unit_id` is the commune as of `opened_on`; `severity` and `articles` are derived
 * from `charges` by the domain when written (filters and counts stay SQL). Suspects and their arrests live in
 * `suspects` (a case has a handful); seizures are rows of their own (dated, summed by unit family).
 */
export const criminalCase = pgTable(
  'criminal_case',
  {
    ...recordColumns(),
    number: text('number').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    charges: jsonb('charges').$type<{ article: string; clause: number }[]>().notNull(),
    articles: text('articles').array().notNull().default(sql`'{}'::text[]`),
    severity: text('severity'),
    suspects: jsonb('suspects').$type<Record<string, unknown>[]>().notNull(),
    projectId: uuid('project_id').references(() => specialProject.id),
    status: text('status').notNull().default('investigating'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('criminal_case_unit_opened_idx').on(t.unitId, t.openedOn),
    index('criminal_case_opened_idx').on(t.openedOn),
    index('criminal_case_project_idx').on(t.projectId),
  ],
);

/**
 * One seizure (tang vật ma túy) of a case: append-only. `quantity` is as recorded (to the thousandth);
 * `family` and `base_quantity` (kg → g) are derived when written, so totals never mix units. `unit_id` copies
 * the case's commune for scope and grouping.
 */
export const seizure = pgTable(
  'seizure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => criminalCase.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    on: date('on', { mode: 'string' }).notNull(),
    drugType: text('drug_type').notNull(),
    measure: text('measure').notNull(),
    quantity: numeric('quantity', { precision: 16, scale: 3 }).notNull(),
    family: text('family').notNull(),
    baseQuantity: numeric('base_quantity', { precision: 19, scale: 3 }).notNull(),
    note: text('note'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('seizure_case_idx').on(t.caseId), index('seizure_on_idx').on(t.on, t.unitId)],
);

/**
 * A peak campaign (đợt cao điểm): a period, the units taking part and targets per indicator. Its results are
 * never stored: they are computed from the records dated inside the period (`campaign.results.ts`).
 * `unit_id` is the organising unit (province or commune).
 */
export const peakCampaign = pgTable(
  'peak_campaign',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    decisionNumber: text('decision_number'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    unitIds: uuid('unit_ids').array().notNull(),
    targets: jsonb('targets').$type<Record<string, unknown>[]>().notNull(),
    summary: text('summary'),
  },
  (t) => [index('peak_campaign_unit_idx').on(t.unitId), index('peak_campaign_period_idx').on(t.periodFrom)],
);
