import { bigint, index, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained trail. Each row's hash covers its own fields and the previous row's hash, so
 * altering or deleting any row breaks every later link (`pcmt audit verify`). A trigger refuses UPDATE and
 * DELETE; the chain catches what a superuser does around the trigger.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string', precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorAgencyId: uuid('actor_agency_id'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_event_record_idx').on(t.recordType, t.recordId),
    index('audit_event_actor_idx').on(t.actorUserId),
    index('audit_event_occurred_idx').on(t.occurredAt),
  ],
);

/**
 * Signed checkpoints of the chain head (Ed25519, key outside the database). Exported copies kept elsewhere
 * let `pcmt audit verify` detect a truncated tail or a re-chained trail.
 */
export const auditCheckpoint = pgTable('audit_checkpoint', {
  id: serial('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string', precision: 3 })
    .notNull()
    .defaultNow(),
  headId: bigint('head_id', { mode: 'number' }).notNull(),
  headHash: text('head_hash').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
  trigger: text('trigger').notNull(),
});
