import { type AgencyKind, type Me, permissionsOf, type Role } from '@pcmt/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { decoyHash, hashPassword, verifyPassword } from '../../platform/crypto/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { agency, session, userAccount } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { formatDateTimeVn } from '../../platform/format.ts';
import { type AuditContext, appendAudit } from '../audit/audit.recorder.ts';
import { jurisdictionOf } from './agency.repository.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { type AccountRow, createSession, deleteSession, type SessionRow } from './session.repository.ts';
import { findAccountById, findAccountByUsername } from './user.repository.ts';
import { requiresMfa } from './user.service.ts';

export type AuthSettings = { sessionHours: number; maxFailures: number; lockMinutes: number; issuer: string };
export const defaultAuthSettings: AuthSettings = {
  sessionHours: 12,
  maxFailures: 5,
  lockMinutes: 15,
  issuer: 'PCMT',
};

export type ClientInfo = { ip: string | null; userAgent: string | null; requestId: string };

const badCredentials = () => new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng');
export const ctxOf = (
  account: Pick<AccountRow, 'id' | 'username' | 'agencyId'> | null,
  client: ClientInfo,
  username?: string,
): AuditContext => ({
  actorUserId: account?.id ?? null,
  actorUsername: account?.username ?? username ?? null,
  actorAgencyId: account?.agencyId ?? null,
  requestId: client.requestId,
  ip: client.ip,
});

export function stageOf(account: AccountRow, sess: Pick<SessionRow, 'mfaPassed'>): Me['stage'] {
  if (requiresMfa(account.roles, account.mfaEnabled)) {
    if (!account.mfaEnabled) return 'mfa_enrol';
    if (!sess.mfaPassed) return 'mfa_verify';
  }
  return account.mustChangePassword ? 'password_change' : 'ready';
}

/** Password sign-in, sessions, the sign-in stages and password changes; 2FA lives in mfa.service.ts. */
export function createAuthService(db: Db, settings: AuthSettings = defaultAuthSettings) {
  /** Counts a failed password or code; the account locks for a while after too many in a row. */
  const recordFailure = async (account: AccountRow, client: ClientInfo, action: string) => {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(userAccount)
        .set({
          // A lock that has expired starts a fresh count: one more mistake must not re-lock at once.
          failedLoginCount: sql`case when ${userAccount.lockedUntil} <= now() then 1 else ${userAccount.failedLoginCount} + 1 end`,
          lockedUntil: sql`case
            when ${userAccount.lockedUntil} <= now() then null
            when ${userAccount.failedLoginCount} + 1 >= ${settings.maxFailures} then now() + make_interval(mins => ${settings.lockMinutes})
            else ${userAccount.lockedUntil} end`,
        })
        .where(eq(userAccount.id, account.id))
        .returning({ lockedUntil: userAccount.lockedUntil, failed: userAccount.failedLoginCount });
      await appendAudit(tx, ctxOf(account, client), {
        action,
        recordType: 'user',
        recordId: account.id,
        after: { failedLoginCount: row?.failed },
      });
    });
  };

  const assertNotLocked = (account: AccountRow) => {
    if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      throw new AppError(
        'locked',
        `Tài khoản tạm khóa do nhập sai nhiều lần, thử lại sau ${formatDateTimeVn(account.lockedUntil)}`,
      );
    }
  };

  const me = async (account: AccountRow, sess: SessionRow): Promise<Me> => {
    const [ag] = await db
      .select({ id: agency.id, name: agency.name, kind: agency.kind })
      .from(agency)
      .where(eq(agency.id, account.agencyId));
    return {
      user: {
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        roles: account.roles as Role[],
        mfaEnabled: account.mfaEnabled,
      },
      agency: { id: ag!.id, name: ag!.name, kind: ag!.kind as AgencyKind },
      jurisdiction: await jurisdictionOf(db, account.agencyId),
      stage: stageOf(account, sess),
      permissions: permissionsOf(account.roles as Role[]),
      csrfToken: sess.csrfToken,
    };
  };

  const reload = async (accountId: string, tokenHash: string) => {
    const account = (await findAccountById(db, accountId))!;
    const [sess] = await db.select().from(session).where(eq(session.tokenHash, tokenHash));
    return me(account, sess!);
  };

  return {
    me,
    reload,
    recordFailure,
    assertNotLocked,

    async login(username: string, password: string, client: ClientInfo): Promise<{ token: string; me: Me }> {
      const account = await findAccountByUsername(db, username);
      if (!account) {
        await verifyPassword(await decoyHash(), password);
        await db.transaction((tx) =>
          appendAudit(tx, ctxOf(null, client, username), {
            action: 'auth.login_failed',
            recordType: 'user',
            after: { username },
          }),
        );
        throw badCredentials();
      }
      assertNotLocked(account);
      if (!(await verifyPassword(account.passwordHash, password))) {
        await recordFailure(account, client, 'auth.login_failed');
        throw badCredentials();
      }
      if (account.status !== 'active')
        throw new AppError('forbidden', 'Tài khoản đã bị vô hiệu hóa, liên hệ quản trị hệ thống');
      const created = await db.transaction(async (tx) => {
        await tx
          .update(userAccount)
          .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
          .where(eq(userAccount.id, account.id));
        const mfaPassed = !requiresMfa(account.roles, account.mfaEnabled);
        const opened = await createSession(tx, {
          userId: account.id,
          mfaPassed,
          hours: settings.sessionHours,
          ip: client.ip,
          userAgent: client.userAgent,
        });
        await appendAudit(tx, ctxOf(account, client), {
          action: 'auth.login',
          recordType: 'user',
          recordId: account.id,
        });
        return opened;
      });
      // After commit: PGlite serialises connections, so reads outside `tx` must not run while it is open.
      return { token: created.token, me: await me(account, created.row) };
    },

    async logout(sess: SessionRow, account: AccountRow, client: ClientInfo): Promise<void> {
      await db.transaction(async (tx) => {
        await deleteSession(tx, sess.tokenHash);
        await appendAudit(tx, ctxOf(account, client), {
          action: 'auth.logout',
          recordType: 'user',
          recordId: account.id,
        });
      });
    },

    async changePassword(
      sess: SessionRow,
      account: AccountRow,
      current: string,
      next: string,
      client: ClientInfo,
    ): Promise<Me> {
      if (!(await verifyPassword(account.passwordHash, current))) {
        await recordFailure(account, client, 'auth.password_change_failed');
        throw new AppError('validation_failed', 'Mật khẩu hiện tại không đúng', {
          details: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
        });
      }
      assertPasswordPolicy(next, account.username, 'newPassword');
      if (current === next)
        throw new AppError('validation_failed', 'Mật khẩu mới phải khác mật khẩu cũ', {
          details: [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu cũ' }],
        });
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await tx
          .update(userAccount)
          .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
          .where(eq(userAccount.id, account.id));
        await tx
          .delete(session)
          .where(and(eq(session.userId, account.id), sql`${session.tokenHash} <> ${sess.tokenHash}`));
        await appendAudit(tx, ctxOf(account, client), {
          action: 'auth.password_changed',
          recordType: 'user',
          recordId: account.id,
        });
      });
      return reload(account.id, sess.tokenHash);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
