import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { hotspot } from './hotspots.ts';
import { person } from './persons.ts';
import { unit } from './units.ts';

/**
 * A person's record handed over to another commune's agency when the residence moves there (issue 9 §4): the
 * notice sent to the receiving agency (the commune police of the new commune on the move date), due within the
 * domain's notice period (24 hours under Luật 120/2025, `rule_set_id`), acknowledged by the receiving agency.
 * The old commune keeps reading the history of its own period through `person_residence`.
 */
export const personTransfer = pgTable(
  'person_transfer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => unit.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => unit.id),
    fromAgencyId: uuid('from_agency_id')
      .notNull()
      .references(() => agency.id),
    toAgencyId: uuid('to_agency_id')
      .notNull()
      .references(() => agency.id),
    movedOn: date('moved_on', { mode: 'string' }).notNull(),
    /** The notice: sent with the move, due `notice_hours` later. */
    notifiedAt: timestamp('notified_at', { withTimezone: true, mode: 'date' }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    noticeHours: integer('notice_hours').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    note: text('note'),
    /** `pending` → `acknowledged`; `superseded` when the person moved on again before it was acknowledged. */
    status: text('status').notNull().default('pending'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }),
    acknowledgedBy: uuid('acknowledged_by').references(() => userAccount.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('person_transfer_person_idx').on(t.personId),
    index('person_transfer_to_idx').on(t.toAgencyId, t.status),
    index('person_transfer_from_idx').on(t.fromAgencyId),
    check('person_transfer_status', sql`${t.status} in ('pending', 'acknowledged', 'superseded')`),
  ],
);

/**
 * A hotspot linked to a person record (issue 9 §6): who sells or uses at the place. The hotspot's free-text
 * `linked_persons` stays for people with no record.
 */
export const hotspotPerson = pgTable(
  'hotspot_person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hotspotId: uuid('hotspot_id')
      .notNull()
      .references(() => hotspot.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    /** Seller, user, owner of the place… (free text until a catalogue exists). */
    role: text('role'),
    linkedOn: date('linked_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('hotspot_person_uq').on(t.hotspotId, t.personId),
    index('hotspot_person_person_idx').on(t.personId),
  ],
);
