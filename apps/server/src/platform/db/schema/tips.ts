import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { attachment } from './files.ts';
import { recordColumns } from './record-columns.ts';

/** Tip numbers (`TB-2026-000123`): one sequence, the year is the receipt's. */
export const tipNumberSeq = pgSequence('tip_number_seq', { startWith: 1 });

export type TipExtensionRow = {
  kind: 'extension' | 'prosecutor_extension';
  months: number;
  on: string;
  decisionNumber: string | null;
  reason: string;
};
export type TipSuspensionRow = {
  on: string;
  ground: 'awaiting_expertise' | 'awaiting_documents' | 'other';
  reason: string;
  decisionNumber: string | null;
  resumedOn: string | null;
  resumedBy: 'resumption' | 'procuracy_cancellation' | null;
  resumeReason: string | null;
};
export type TipReporterMask = { name: string | null; phone: string | null; email: string | null };

/**
 * Crime tips (tin báo, tố giác). `unit_id` is the commune of the place on the day received (the province when
 * the place is unknown), `agency_id` the agency handling it now. Portal tips have no creator and carry the
 * keyed slow hash of their receipt code; NO column holds a client address or fingerprint. The reporter's
 * identity and contact are one sealed JSON value (`reporter_sealed`), with masks for lists.
 */
export const tip = pgTable(
  'tip',
  {
    ...recordColumns(),
    number: text('number').notNull(),
    source: text('source').notNull(),
    form: text('form').notNull(),
    channel: text('channel').notNull(),
    externalRef: text('external_ref'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivingAgencyId: uuid('receiving_agency_id')
      .notNull()
      .references(() => agency.id),
    receivingOfficer: text('receiving_officer'),
    content: text('content').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    occurredTime: text('occurred_time'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    placeUnknown: boolean('place_unknown').notNull().default(false),
    address: text('address'),
    placeRef: text('place_ref'),
    category: text('category'),
    urgency: text('urgency').notNull().default('normal'),
    status: text('status').notNull().default('received'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    officer: text('officer'),
    /** Set when a commune police station received it: the 24 h / 48 h transfer limit. */
    transferDueAt: timestamp('transfer_due_at', { withTimezone: true, mode: 'date' }),
    transferredAt: timestamp('transferred_at', { withTimezone: true, mode: 'date' }),
    transferredToAgencyId: uuid('transferred_to_agency_id').references(() => agency.id),
    extensions: jsonb('extensions').$type<TipExtensionRow[]>().notNull().default(sql`'[]'::jsonb`),
    /** Every suspension (Điều 148) with its resumption (Điều 149) or the procuracy's cancellation (Điều 148 k2). */
    suspensions: jsonb('suspensions').$type<TipSuspensionRow[]>().notNull().default(sql`'[]'::jsonb`),
    /** The deadline now (Điều 147, extensions and suspensions applied): stored for the inbox's sort and filters. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    outcome: text('outcome'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    decisionNumber: text('decision_number'),
    transferredTo: text('transferred_to'),
    dismissalReason: text('dismissal_reason'),
    duplicateOfId: uuid('duplicate_of_id'),
    reporterSealed: text('reporter_sealed'),
    reporterMask: jsonb('reporter_mask').$type<TipReporterMask>(),
    /** Keyed scrypt of the portal receipt code (the code itself is never stored). */
    receiptHash: text('receipt_hash'),
    lastReporterMessageAt: timestamp('last_reporter_message_at', { withTimezone: true, mode: 'date' }),
    lastReplyAt: timestamp('last_reply_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('tip_number_key').on(t.number),
    uniqueIndex('tip_receipt_hash_key').on(t.receiptHash),
    uniqueIndex('tip_external_ref_key').on(t.channel, t.externalRef).where(sql`${t.externalRef} is not null`),
    index('tip_unit_idx').on(t.unitId),
    index('tip_agency_idx').on(t.agencyId),
    index('tip_status_due_idx').on(t.status, t.dueOn),
    index('tip_received_idx').on(t.receivedOn),
  ],
);

/** The anonymous conversation: the reporter's messages and the officers' replies (visible with the code). */
export const tipMessage = pgTable(
  'tip_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    author: text('author').notNull(),
    text: text('text').notNull(),
    /** The officer who replied; null for the reporter. */
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('tip_message_tip_idx').on(t.tipId, t.createdAt)],
);

/** Verification notes (kết quả kiểm tra, xác minh): internal, never shown to the reporter. */
export const tipNote = pgTable(
  'tip_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    text: text('text').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('tip_note_tip_idx').on(t.tipId, t.createdAt)],
);

/** Links to other registers' records (hotspots, persons; businesses and cases with their registers). */
export const tipLink = pgTable(
  'tip_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    kind: text('kind').notNull(),
    targetId: uuid('target_id').notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tip_link_key').on(t.tipId, t.kind, t.targetId),
    index('tip_link_target_idx').on(t.kind, t.targetId),
  ],
);

/** Attachments that travel through the portal (`from_reporter`; `to_reporter` for files an officer shares). */
export const tipPortalFile = pgTable(
  'tip_portal_file',
  {
    attachmentId: uuid('attachment_id')
      .primaryKey()
      .references(() => attachment.id),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    direction: text('direction').notNull(),
  },
  (t) => [index('tip_portal_file_tip_idx').on(t.tipId)],
);

/**
 * The portal's token buckets (global, and per keyed hash of a code prefix for wrong codes): counts and times,
 * nothing about who asked. Shared by every app server through the database.
 */
export const tipPortalBucket = pgTable('tip_portal_bucket', {
  name: text('name').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Proof-of-work challenges already spent (single use), until they expire. */
export const tipPortalChallenge = pgTable(
  'tip_portal_challenge',
  {
    id: text('id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index('tip_portal_challenge_expiry_idx').on(t.expiresAt)],
);
