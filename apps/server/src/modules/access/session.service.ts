import type { SessionView } from '@pcmt/contracts';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { session } from '../../platform/db/schema/index.ts';
import { notFound } from '../../platform/errors.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { type ClientInfo, ctxOf } from './auth.service.ts';
import type { AccountRow, SessionRow } from './session.repository.ts';

type Owner = Pick<AccountRow, 'id' | 'username' | 'agencyId'>;

/**
 * One's own live sign-ins (browser sessions), so a user who forgot to sign out at a shared desk, or sees a
 * place they do not know, can end them. The id shown is the session's stored SHA-256, never the cookie.
 */
export function createSessionService(db: Db) {
  return {
    async list(owner: Owner, current: SessionRow): Promise<SessionView[]> {
      const rows = await db
        .select()
        .from(session)
        .where(and(eq(session.userId, owner.id), gt(session.expiresAt, sql`now()`)))
        .orderBy(desc(session.lastSeenAt));
      return rows.map((r) => ({
        id: r.tokenHash,
        createdAt: r.createdAt.toISOString(),
        lastSeenAt: r.lastSeenAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        ip: r.ip,
        userAgent: r.userAgent,
        current: r.tokenHash === current.tokenHash,
      }));
    },

    /** Ends another of one's sessions (the current one ends by signing out). */
    async revoke(owner: Owner, current: SessionRow, id: string, client: ClientInfo): Promise<void> {
      await db.transaction(async (tx) => {
        const done = await tx
          .delete(session)
          .where(
            and(
              eq(session.tokenHash, id),
              eq(session.userId, owner.id),
              ne(session.tokenHash, current.tokenHash),
            ),
          )
          .returning({ ip: session.ip, userAgent: session.userAgent });
        if (done.length === 0) throw notFound('phiên đăng nhập');
        await appendAudit(tx, ctxOf(owner, client), {
          action: 'auth.session_revoked',
          recordType: 'session',
          recordId: id.slice(0, 12),
          before: done[0],
        });
      });
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
