import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { attachment } from '../../platform/db/schema/index.ts';

export type AttachmentRow = typeof attachment.$inferSelect;
export type NewAttachment = typeof attachment.$inferInsert;

export async function insertAttachment(db: Db, row: NewAttachment): Promise<AttachmentRow> {
  const [created] = await db.insert(attachment).values(row).returning();
  return created!;
}

/** Unscoped on purpose: the caller must then ask the owning record's register (`RecordTypePort`). */
export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachment).where(eq(attachment.id, id));
  return row ?? null;
}

export async function listAttachments(
  db: Db,
  recordType: string,
  recordId: string,
): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachment)
    .where(and(eq(attachment.recordType, recordType), eq(attachment.recordId, recordId)))
    .orderBy(asc(attachment.createdAt), asc(attachment.id));
}
