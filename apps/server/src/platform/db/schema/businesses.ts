import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { recordColumns } from './record-columns.ts';

/**
 * Businesses with security-and-order conditions (issue 11). `unit_id` is the commune as of `unit_on`; the risk
 * level and the pending follow-up are derived from `business_inspection` when read, never stored (the risk
 * changes with the calendar as findings age).
 */
export const business = pgTable(
  'business',
  {
    ...recordColumns(),
    line: text('line').notNull(),
    name: text('name').notNull(),
    ownerName: text('owner_name'),
    managerName: text('manager_name'),
    address: text('address').notNull(),
    unitOn: date('unit_on', { mode: 'string' }).notNull(),
    certificateNumber: text('certificate_number'),
    certificateDate: date('certificate_date', { mode: 'string' }),
    certificateIssuer: text('certificate_issuer'),
    status: text('status').notNull().default('operating'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    hotspotIds: uuid('hotspot_ids').array().notNull().default(sql`'{}'::uuid[]`),
    notes: text('notes'),
    /** Folded for accent-free search (`pcmt_fold`, migration 0005), as in the hotspot register. */
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(name)`),
  },
  (t) => [
    index('business_unit_idx').on(t.unitId),
    index('business_line_status_idx').on(t.line, t.status),
    index('business_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
  ],
);

/**
 * One inspection of a business: append-only (a correction is a new inspection). `outcome`, `failed_items` and
 * `fine_total_vnd` are derived by the domain when it is recorded, so counts and the risk level are SQL.
 */
export const businessInspection = pgTable(
  'business_inspection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id),
    on: date('on', { mode: 'string' }).notNull(),
    team: text('team').notNull(),
    agencies: jsonb('agencies').$type<string[]>().notNull(),
    checklist: jsonb('checklist')
      .$type<{ itemId: string; result: string; note?: string | null }[]>()
      .notNull(),
    customersTested: integer('customers_tested'),
    customersPositive: integer('customers_positive'),
    findings: text('findings'),
    sanctions: jsonb('sanctions').$type<Record<string, unknown>[]>().notNull(),
    fineTotalVnd: bigint('fine_total_vnd', { mode: 'number' }).notNull().default(0),
    outcome: text('outcome').notNull(),
    failedItems: text('failed_items').array().notNull().default(sql`'{}'::text[]`),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    /** The recording officer's agency. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('business_inspection_business_idx').on(t.businessId, t.on),
    index('business_inspection_on_idx').on(t.on),
  ],
);
