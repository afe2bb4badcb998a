import { boolean, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { unit } from './units.ts';

/**
 * The columns every register record carries (the register kit): its id; the administrative unit it belongs
 * to **as of its own date** (a 2024 record points at the 2024 commune, and scope follows reorganisations);
 * the owning agency; the optimistic-lock version; who created and last changed it, and when; and the demo
 * flag, so sample data is labelled everywhere and never counted with real data by mistake.
 */
export const recordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => unit.id),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agency.id),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => userAccount.id),
  updatedBy: uuid('updated_by').references(() => userAccount.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
});
