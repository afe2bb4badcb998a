import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from './access.ts';

/**
 * A file attached to a record of some register (`record_type`, `record_id`). The bytes are stored once per
 * content (`sha256` of what is stored, i.e. after photos are re-encoded), encrypted, outside the database
 * (`platform/files`); two records attaching the same photo get two rows and one stored object. Rows are
 * immutable: no version, no update. Who may see them is decided by the owning record's register.
 */
export const attachment = pgTable(
  'attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    sha256: text('sha256').notNull(),
    /** What is stored (after re-encoding). */
    mediaType: text('media_type').notNull(),
    /** What was uploaded, as sniffed from its bytes (PNG re-encoded to WebP keeps `image/png` here). */
    uploadedMediaType: text('uploaded_media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** The uploader's file name, NFC, without control, bidi or path characters: a label, never a path. */
    originalName: text('original_name').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('attachment_record_idx').on(t.recordType, t.recordId),
    index('attachment_sha256_idx').on(t.sha256),
    check('attachment_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('attachment_size_positive', sql`${t.sizeBytes} > 0`),
  ],
);
