import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
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

/**
 * The documents register (issue 11 item 7): the plans, directives, laws and decisions the work follows. Not
 * `recordColumns()`: a document belongs to no commune (province-wide reference, every grant unscoped), so it
 * has no `unit_id`. Dates the sources do not give stay null (never invented).
 */
export const document = pgTable(
  'document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer').notNull(),
    signer: text('signer'),
    summary: text('summary').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    effectiveTo: date('effective_to', { mode: 'string' }),
    notes: text('notes'),
    status: text('status').notNull().default('in_force'),
    statusSince: date('status_since', { mode: 'string' }),
    replacedById: uuid('replaced_by_id').references((): AnyPgColumn => document.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
    updatedBy: uuid('updated_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Number, issuer and summary folded for accent-free search (`pcmt_fold`, migration 0005). */
    searchFold: text('search_fold').generatedAlwaysAs(
      sql`pcmt_fold(number || ' ' || issuer || ' ' || summary)`,
    ),
  },
  (t) => [
    // One number per issuer: "3220/KH-UBND" of UBND tỉnh Kon Tum is one document (the demo seed relies on it).
    uniqueIndex('document_number_issuer_uq').on(sql`pcmt_fold(${t.number})`, sql`pcmt_fold(${t.issuer})`),
    index('document_kind_issued_idx').on(t.kind, t.issuedOn),
    index('document_search_fold_trgm_idx').using('gin', t.searchFold.op('gin_trgm_ops')),
  ],
);

/**
 * A record citing a document (kit-level: any register's record, named by `record_type`/`record_id` as
 * attachments are). Removing a citation keeps the row (`removed_at/by`): the trail and the record's timeline
 * still show it was cited. One live citation per document and record.
 */
export const documentCitation = pgTable(
  'document_citation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => document.id),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    removedBy: uuid('removed_by').references(() => userAccount.id),
    removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('document_citation_record_idx').on(t.recordType, t.recordId),
    index('document_citation_document_idx').on(t.documentId),
    uniqueIndex('document_citation_live_uq')
      .on(t.documentId, t.recordType, t.recordId)
      .where(sql`${t.removedAt} is null`),
  ],
);
