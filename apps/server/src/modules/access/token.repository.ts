import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { apiToken } from '../../platform/db/schema/index.ts';

/** Personal API tokens as their owners manage them (the HTTP gate's lookups are in session.repository.ts). */
export type TokenRow = typeof apiToken.$inferSelect;

export async function insertToken(
  db: Db,
  values: Pick<
    typeof apiToken.$inferInsert,
    'userId' | 'name' | 'tokenHash' | 'prefix' | 'expiresAt' | 'mfaAtCreation'
  >,
): Promise<{ id: string; expiresAt: Date | null }> {
  const [row] = await db
    .insert(apiToken)
    .values(values)
    .returning({ id: apiToken.id, expiresAt: apiToken.expiresAt });
  return row!;
}

/** The owner's tokens, newest first, revoked ones included (they show as revoked). */
export async function listTokensOf(db: Db, userId: string): Promise<TokenRow[]> {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(desc(apiToken.createdAt));
}

/** Revokes a live token of the owner; null when there is none (someone else's token reads the same). */
export async function revokeOwnToken(
  db: Db,
  userId: string,
  id: string,
): Promise<{ name: string; prefix: string } | null> {
  const [done] = await db
    .update(apiToken)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
    .returning({ name: apiToken.name, prefix: apiToken.prefix });
  return done ?? null;
}
