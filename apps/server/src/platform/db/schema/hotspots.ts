import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './access.ts';
import { recordColumns } from './record-columns.ts';

/** Drug hotspots (điểm, tụ điểm). Status changes go through the transition table and `hotspot_event`. */
export const hotspot = pgTable(
  'hotspot',
  {
    ...recordColumns(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    behaviours: text('behaviours').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('detected'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    /** End of the watch period after elimination (set on entering `watching`). */
    watchUntil: date('watch_until', { mode: 'string' }),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    address: text('address'),
    description: text('description'),
    responsibleOfficer: text('responsible_officer'),
    linkedPersons: text('linked_persons'),
    linkedBusinesses: text('linked_businesses'),
    sellers: integer('sellers'),
    users: integer('users'),
    citations: jsonb('citations').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /**
     * The name folded for search (`pcmt_fold()`: unaccent + lower, migration 0005), stored: the trigram index
     * rechecks every candidate row, and folding each one at query time cost ~70 ms for "nha tro" over 100 000
     * hotspots (docs/BENCHMARKS.md, hotspot list).
     */
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(name)`),
  },
  (t) => [
    index('hotspot_unit_idx').on(t.unitId),
    index('hotspot_status_idx').on(t.status, t.detectedOn),
    index('hotspot_detected_idx').on(t.detectedOn),
    index('hotspot_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
    // Records without a map point (the list's `located=false`, the map's count): counted from the index alone.
    index('hotspot_unlocated_idx').on(t.unitId).where(sql`${t.lat} is null or ${t.lng} is null`),
  ],
);

/**
 * Every status change of a hotspot as a dated event: who, when (legal date and instant), from → to, why and
 * the document cited. Eliminations and re-formations are counted from here, by their date.
 */
export const hotspotEvent = pgTable(
  'hotspot_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hotspotId: uuid('hotspot_id')
      .notNull()
      .references(() => hotspot.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    citation: text('citation'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('hotspot_event_hotspot_idx').on(t.hotspotId, t.on),
    index('hotspot_event_to_idx').on(t.toStatus, t.on),
  ],
);
