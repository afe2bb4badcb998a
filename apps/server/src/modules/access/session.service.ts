import type { SessionView } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { type ClientInfo, ctxOf } from './auth.service.ts';
import {
  type AccountRow,
  deleteOwnSession,
  listLiveSessions,
  type SessionRow,
} from './session.repository.ts';

type Owner = Pick<AccountRow, 'id' | 'username' | 'agencyId'>;

/**
 * One's own live sign-ins (browser sessions), so a user who forgot to sign out at a shared desk, or sees a
 * place they do not know, can end them. The id shown is the session's stored SHA-256, never the cookie.
 */
export function createSessionService(db: Db) {
  return {
    async list(owner: Owner, current: SessionRow): Promise<SessionView[]> {
      const rows = await listLiveSessions(db, owner.id);
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
        const done = await deleteOwnSession(tx, {
          tokenHash: id,
          userId: owner.id,
          currentTokenHash: current.tokenHash,
        });
        if (!done) throw notFound('session.notFound');
        await appendAudit(tx, ctxOf(owner, client), {
          action: 'auth.session_revoked',
          recordType: 'session',
          recordId: id.slice(0, 12),
          before: done,
        });
      });
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
