import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { attachment } from '../../platform/db/schema/index.ts';

/** An attachment of this person's record (the photo must be one), with its stored media type. */
export async function attachmentOfPerson(db: Db, attachmentId: string, personId: string) {
  const [row] = await db
    .select({ id: attachment.id, mediaType: attachment.mediaType })
    .from(attachment)
    .where(
      and(
        eq(attachment.id, attachmentId),
        eq(attachment.recordType, 'person'),
        eq(attachment.recordId, personId),
      ),
    );
  return row ?? null;
}
