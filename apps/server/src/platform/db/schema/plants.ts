import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { criminalCase } from './cases.ts';
import { person } from './persons.ts';
import { recordColumns } from './record-columns.ts';

/**
 * Narcotic plants found (issue 11 item 4): one field or patch found on `detected_on`, `unit_id` its commune on
 * that date. Areas are numeric(12,2) m² (sums stay exact); the destruction's facts (biên bản) and the hand-over
 * live on the record, set by the status move, so the report figures are plain sums over dated columns.
 */
export const narcoticPlant = pgTable(
  'narcotic_plant',
  {
    ...recordColumns(),
    species: text('species').notNull(),
    speciesName: text('species_name'),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    areaM2: numeric('area_m2', { precision: 12, scale: 2 }),
    plantCount: integer('plant_count'),
    growthStage: text('growth_stage'),
    detectedBy: text('detected_by').notNull(),
    growerName: text('grower_name'),
    growerPersonId: uuid('grower_person_id').references(() => person.id),
    caseId: uuid('case_id').references(() => criminalCase.id),
    notes: text('notes'),
    status: text('status').notNull().default('detected'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    destroyedOn: date('destroyed_on', { mode: 'string' }),
    destructionMethod: text('destruction_method'),
    destroyedBy: text('destroyed_by'),
    witnesses: text('witnesses'),
    recordNumber: text('record_number'),
    areaDestroyedM2: numeric('area_destroyed_m2', { precision: 12, scale: 2 }),
    plantsDestroyed: integer('plants_destroyed'),
    handedOverOn: date('handed_over_on', { mode: 'string' }),
    receiver: text('receiver'),
    /** Folded place and grower for accent-free search (`pcmt_fold`, migration 0005). */
    searchFold: text('search_fold').generatedAlwaysAs(
      sql`pcmt_fold(coalesce(place, '') || ' ' || coalesce(grower_name, '') || ' ' || coalesce(species_name, ''))`,
    ),
  },
  (t) => [
    index('narcotic_plant_unit_detected_idx').on(t.unitId, t.detectedOn),
    index('narcotic_plant_detected_idx').on(t.detectedOn),
    index('narcotic_plant_destroyed_idx').on(t.destroyedOn),
    index('narcotic_plant_case_idx').on(t.caseId),
    index('narcotic_plant_search_trgm_idx').using('gin', t.searchFold.op('gin_trgm_ops')),
  ],
);
