import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * An administrative unit as it existed during [validFrom, validTo] (both inclusive legal dates).
 * A GSO code is NOT an identity: 23293 is Phường Thắng Lợi until 30/6/2025 and Phường Kon Tum afterwards,
 * so the surrogate id is what records point at.
 */
export const unit = pgTable(
  'unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    type: text('type').notNull(),
    level: integer('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => unit.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /** Extra facts from the sources (area, population, admin centre…), kept for display only. */
    facts: jsonb('facts').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    unique('unit_code_valid_from_key').on(t.code, t.validFrom),
    index('unit_parent_idx').on(t.parentId),
    index('unit_validity_idx').on(t.validFrom, t.validTo),
  ],
);

/** Old→new mapping of a reorganisation (merge / split / rename), with its legal basis. */
export const unitLink = pgTable(
  'unit_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => unit.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => unit.id),
    mergeType: text('merge_type').notNull(),
    legalBasis: text('legal_basis').notNull(),
    effectiveDate: date('effective_date').notNull(),
    note: text('note'),
  },
  (t) => [
    unique('unit_link_pair_key').on(t.predecessorId, t.successorId),
    index('unit_link_successor_idx').on(t.successorId),
  ],
);

/** GeoJSON geometry of a unit (for its whole validity). Kept as jsonb: no PostGIS needed on either backend. */
export const unitBoundary = pgTable('unit_boundary', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => unit.id),
  geometry: jsonb('geometry').notNull(),
  labelPoint: jsonb('label_point'),
  source: text('source').notNull(),
});
