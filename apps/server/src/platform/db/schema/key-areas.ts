import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './record-columns.ts';

/**
 * Recorded figures of a commune for a period (population, persons with records, use venues, offenders
 * arrested, narcotic plants, key route…) — the classification inputs no register holds yet. `unit_id` is the
 * commune **as of the period** (before 01/7/2025 the old commune). Active điểm / tụ điểm are not stored here:
 * they are counted from the hotspot register on the classification date. A null figure means "not recorded".
 */
export const communeIndicator = pgTable(
  'commune_indicator',
  {
    ...recordColumns(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    population: integer('population'),
    personsWithRecords: integer('persons_with_records'),
    addicts: integer('addicts'),
    drugUseVenueCount: integer('drug_use_venue_count'),
    arrestedOffenders: integer('arrested_offenders'),
    plantCount: integer('plant_count'),
    plantAreaM2: doublePrecision('plant_area_m2'),
    onKeyRoute: boolean('on_key_route'),
    sourceNote: text('source_note'),
  },
  (t) => [
    // One set of figures per commune and period start; a correction is a versioned update of that row.
    uniqueIndex('commune_indicator_unit_period_key').on(t.unitId, t.periodFrom),
    index('commune_indicator_period_idx').on(t.periodFrom, t.periodTo),
  ],
);

/**
 * One classification run of a commune for a date: the class, and everything needed to explain and re-run it
 * — the inputs as used (recorded figures merged with hotspot counts), the rule set id and version that applied
 * on `as_of`, each criterion with its value, threshold and whether it was met, and the explanation vi/en.
 * Rows are never updated: a re-run adds a row; "the class as of a date" is the latest run on or before it.
 */
export const communeClassification = pgTable(
  'commune_classification',
  {
    ...recordColumns(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The recorded figures used (null when none covered the date: the class is then usually not_classified). */
    indicatorId: uuid('indicator_id').references(() => communeIndicator.id),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    communeClass: text('commune_class').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    inputs: jsonb('inputs').notNull(),
    criteria: jsonb('criteria').notNull().default(sql`'[]'::jsonb`),
    explanation: jsonb('explanation').$type<{ vi: string; en: string }>().notNull(),
  },
  (t) => [
    index('commune_classification_unit_idx').on(t.unitId, t.asOf),
    index('commune_classification_class_idx').on(t.communeClass, t.asOf),
    index('commune_classification_as_of_idx').on(t.asOf),
  ],
);

/**
 * A key, complex commune (địa bàn trọng điểm, phức tạp về ma túy) designated by a decision, on the basis of a
 * classification; removed by another decision (status designated → removed). A commune has at most one active
 * designation (partial unique index).
 */
export const keyArea = pgTable(
  'key_area',
  {
    ...recordColumns(),
    status: text('status').notNull().default('designated'),
    /** The class of the basis classification, copied so the list filters without a join. */
    communeClass: text('commune_class').notNull(),
    basisClassificationId: uuid('basis_classification_id')
      .notNull()
      .references(() => communeClassification.id),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    decisionIssuer: text('decision_issuer').notNull(),
    note: text('note'),
    citations: jsonb('citations').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    removalDecisionNumber: text('removal_decision_number'),
    removalDate: date('removal_date', { mode: 'string' }),
    removalReason: text('removal_reason'),
  },
  (t) => [
    uniqueIndex('key_area_active_unit_key').on(t.unitId).where(sql`${t.status} = 'designated'`),
    index('key_area_unit_idx').on(t.unitId),
    index('key_area_status_idx').on(t.status, t.decisionDate),
    index('key_area_class_idx').on(t.communeClass),
  ],
);
