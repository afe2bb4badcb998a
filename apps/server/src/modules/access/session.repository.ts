import { privilegedRoles } from '@pcmt/contracts';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { randomToken, sha256Hex } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { apiToken, session, userAccount } from '../../platform/db/schema/index.ts';

export type SessionRow = typeof session.$inferSelect;
export type AccountRow = typeof userAccount.$inferSelect;

export async function createSession(
  db: Db,
  input: { userId: string; mfaPassed: boolean; hours: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; row: SessionRow }> {
  const token = randomToken();
  // Housekeeping at each sign-in: this user's expired sessions go (nothing else ever reads them).
  await db.delete(session).where(and(eq(session.userId, input.userId), sql`${session.expiresAt} <= now()`));
  const [row] = await db
    .insert(session)
    .values({
      tokenHash: sha256Hex(token),
      userId: input.userId,
      csrfToken: randomToken(24),
      mfaPassed: input.mfaPassed,
      expiresAt: new Date(Date.now() + input.hours * 3_600_000),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning();
  return { token, row: row! };
}

/** A live session and its active account, or null (expired, idle too long, account disabled). */
export async function findLiveSession(db: Db, token: string, idleMinutes: number) {
  const [row] = await db
    .select({ session, account: userAccount })
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .where(
      and(
        eq(session.tokenHash, sha256Hex(token)),
        gt(session.expiresAt, sql`now()`),
        gt(session.lastSeenAt, sql`now() - make_interval(mins => ${idleMinutes})`),
        eq(userAccount.status, 'active'),
      ),
    );
  return row ?? null;
}

/** Sliding idle timeout, written at most once a minute per session to spare the database. */
export async function touchSession(db: Db, row: SessionRow): Promise<void> {
  if (Date.now() - row.lastSeenAt.getTime() < 60_000) return;
  await db.update(session).set({ lastSeenAt: new Date() }).where(eq(session.tokenHash, row.tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(session).where(eq(session.tokenHash, tokenHash));
}

/**
 * A live token of an active account. A token minted without 2FA is refused while its owner holds a role that
 * requires 2FA (defence in depth: raising roles also revokes tokens), and so is any token of such an owner
 * whose 2FA has since been reset.
 */
export async function findLiveToken(db: Db, token: string) {
  const [row] = await db
    .select({ token: apiToken, account: userAccount })
    .from(apiToken)
    .innerJoin(userAccount, eq(userAccount.id, apiToken.userId))
    .where(
      and(
        eq(apiToken.tokenHash, sha256Hex(token)),
        sql`${apiToken.revokedAt} is null`,
        sql`(${apiToken.expiresAt} is null or ${apiToken.expiresAt} > now())`,
        eq(userAccount.status, 'active'),
      ),
    );
  if (!row) return null;
  const needsMfa = row.account.roles.some((r) => (privilegedRoles as readonly string[]).includes(r));
  if (needsMfa && !(row.token.mfaAtCreation && row.account.mfaEnabled)) return null;
  return row;
}

/** Records when a token was last used (at most once a minute), so owners can spot stale or stolen tokens. */
export async function touchToken(db: Db, row: typeof apiToken.$inferSelect): Promise<void> {
  if (row.lastUsedAt && Date.now() - row.lastUsedAt.getTime() < 60_000) return;
  await db.update(apiToken).set({ lastUsedAt: new Date() }).where(eq(apiToken.id, row.id));
}

/**
 * Revokes every live token of a user: on a password change or reset, a 2FA reset, a raise of roles and a
 * disabled account, so no token outlives the policy it was minted under.
 */
export async function revokeAllTokens(tx: Db, userId: string): Promise<void> {
  await tx
    .update(apiToken)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiToken.userId, userId), isNull(apiToken.revokedAt)));
}

export async function findSessionByHash(db: Db, tokenHash: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(session).where(eq(session.tokenHash, tokenHash));
  return row ?? null;
}

/** Every session of the user ends (suspected compromise, changed rights). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}

/** Every session of the user but `keepTokenHash` (the one that changed the password or enrolled 2FA). */
export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(session).where(and(eq(session.userId, userId), ne(session.tokenHash, keepTokenHash)));
}

/** Opens the re-authentication window of a session (`auth/reauth`). */
export async function markSessionReauthenticated(db: Db, tokenHash: string): Promise<void> {
  await db.update(session).set({ reauthAt: new Date() }).where(eq(session.tokenHash, tokenHash));
}

export async function markSessionMfaPassed(db: Db, tokenHash: string): Promise<void> {
  await db.update(session).set({ mfaPassed: true }).where(eq(session.tokenHash, tokenHash));
}

/** The user's unexpired sessions, most recently used first. */
export async function listLiveSessions(db: Db, userId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, sql`now()`)))
    .orderBy(desc(session.lastSeenAt));
}

/**
 * Ends one of the owner's sessions other than the current one. Returns what the trail keeps of it, or null
 * when there is no such session of theirs.
 */
export async function deleteOwnSession(
  db: Db,
  target: { tokenHash: string; userId: string; currentTokenHash: string },
): Promise<{ ip: string | null; userAgent: string | null } | null> {
  const [done] = await db
    .delete(session)
    .where(
      and(
        eq(session.tokenHash, target.tokenHash),
        eq(session.userId, target.userId),
        ne(session.tokenHash, target.currentTokenHash),
      ),
    )
    .returning({ ip: session.ip, userAgent: session.userAgent });
  return done ?? null;
}
