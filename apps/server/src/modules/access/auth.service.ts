import { type AgencyKind, type Me, permissionsOf, type Role } from '@pcmt/contracts';
import { decoyHash, hashPassword, verifyPassword } from '../../platform/crypto/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { formatDateTimeVn } from '../../platform/format.ts';
import { type AuditContext, appendAudit } from '../audit/audit.recorder.ts';
import { agencySummary, jurisdictionOf } from './agency.repository.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import {
  type AccountRow,
  createSession,
  deleteOtherSessions,
  deleteSession,
  findSessionByHash,
  markSessionReauthenticated,
  revokeAllTokens,
  type SessionRow,
} from './session.repository.ts';
import {
  clearSignInFailures,
  defaultThrottlePolicy,
  recordSignInFailure,
  type ThrottlePolicy,
  throttledUntil,
} from './sign-in-throttle.repository.ts';
import {
  changeAccountPassword,
  countSecondFactorFailure,
  findAccountById,
  findAccountByUsername,
  recordAccountSignIn,
} from './user.repository.ts';
import { requiresMfa } from './user.service.ts';

/**
 * `maxFailures`/`lockMinutes`: wrong second-factor codes (and wrong current passwords in a signed-in session)
 * lock the account's second factor; wrong passwords at sign-in are slowed per address instead (`throttle`).
 * `reauthMinutes`: how long a re-entered password or code unlocks sensitive actions.
 */
export type AuthSettings = {
  sessionHours: number;
  maxFailures: number;
  lockMinutes: number;
  issuer: string;
  throttle: ThrottlePolicy;
  reauthMinutes: number;
};
export const defaultAuthSettings: AuthSettings = {
  sessionHours: 12,
  maxFailures: 5,
  lockMinutes: 15,
  issuer: 'PCMT',
  throttle: defaultThrottlePolicy,
  reauthMinutes: 10,
};

export type ClientInfo = { ip: string | null; userAgent: string | null; requestId: string };

const badCredentials = () => new AppError('unauthenticated', 'auth.wrongCredentials');
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
  /**
   * Counts a failed second-factor code (or a wrong current password in a signed-in session). The count is
   * reset only by a complete sign-in, so guesses spread over many password sign-ins still add up to a lock.
   */
  const recordFailure = async (account: AccountRow, client: ClientInfo, action: string) => {
    await db.transaction(async (tx) => {
      const failed = await countSecondFactorFailure(tx, account.id, settings);
      await appendAudit(tx, ctxOf(account, client), {
        action,
        recordType: 'user',
        recordId: account.id,
        after: { failedLoginCount: failed },
      });
    });
  };

  const assertNotLocked = (account: AccountRow) => {
    if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      throw new AppError('locked', 'auth.lockedUntil', { until: formatDateTimeVn(account.lockedUntil) });
    }
  };

  const me = async (account: AccountRow, sess: SessionRow): Promise<Me> => {
    const ag = await agencySummary(db, account.agencyId);
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

  const markReauthenticated = async (
    sess: SessionRow,
    account: AccountRow,
    client: ClientInfo,
    factor: 'password' | 'totp',
  ) => {
    await db.transaction(async (tx) => {
      await markSessionReauthenticated(tx, sess.tokenHash);
      await appendAudit(tx, ctxOf(account, client), {
        action: 'auth.reauthenticated',
        recordType: 'user',
        recordId: account.id,
        after: { factor },
      });
    });
  };

  const reload = async (accountId: string, tokenHash: string) => {
    const account = (await findAccountById(db, accountId))!;
    const sess = await findSessionByHash(db, tokenHash);
    return me(account, sess!);
  };

  return {
    me,
    reload,
    recordFailure,
    assertNotLocked,

    async login(username: string, password: string, client: ClientInfo): Promise<{ token: string; me: Me }> {
      // Throttled pairs are refused before anything is looked up: the same answer for every username.
      const until = await throttledUntil(db, username, client.ip);
      if (until)
        throw new AppError(
          'rate_limited',
          'auth.throttledUntil',
          { until: formatDateTimeVn(until) },
          { headers: { 'retry-after': String(Math.ceil((until.getTime() - Date.now()) / 1000)) } },
        );
      const account = await findAccountByUsername(db, username);
      // Verify even for unknown or disabled accounts, so neither the answer nor its timing tells them apart.
      const passwordOk = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
      if (!account || !passwordOk || account.status !== 'active') {
        await db.transaction(async (tx) => {
          await recordSignInFailure(tx, username, client.ip, settings.throttle);
          await appendAudit(tx, ctxOf(account, client, username), {
            action: 'auth.login_failed',
            recordType: 'user',
            recordId: account?.id ?? null,
            after: { username },
          });
        });
        throw badCredentials();
      }
      // Past the password: a second factor locked by wrong codes stays locked (the counter survives sign-ins).
      assertNotLocked(account);
      const mfaPassed = !requiresMfa(account.roles, account.mfaEnabled);
      const created = await db.transaction(async (tx) => {
        await clearSignInFailures(tx, username, client.ip);
        // Only a complete sign-in resets the second-factor failure count.
        await recordAccountSignIn(tx, account.id, mfaPassed);
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

    /**
     * Re-entering the password (or, with 2FA on, a TOTP code checked by mfa.service) opens a short window
     * for sensitive actions in this session. A wrong password counts like a wrong code.
     */
    async reauthWithPassword(sess: SessionRow, account: AccountRow, password: string, client: ClientInfo) {
      assertNotLocked(account);
      if (!(await verifyPassword(account.passwordHash, password))) {
        await recordFailure(account, client, 'auth.reauth_failed');
        throw invalid('password', 'auth.wrongPassword');
      }
      await markReauthenticated(sess, account, client, 'password');
      return reload(account.id, sess.tokenHash);
    },
    markReauthenticated,

    async changePassword(
      sess: SessionRow,
      account: AccountRow,
      current: string,
      next: string,
      client: ClientInfo,
    ): Promise<Me> {
      if (!(await verifyPassword(account.passwordHash, current))) {
        await recordFailure(account, client, 'auth.password_change_failed');
        throw invalid('currentPassword', 'auth.wrongCurrentPassword');
      }
      assertPasswordPolicy(next, account.username, 'newPassword');
      if (current === next) throw invalid('newPassword', 'auth.newPasswordSameAsOld');
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await changeAccountPassword(tx, account.id, passwordHash);
        await deleteOtherSessions(tx, account.id, sess.tokenHash);
        // Tokens minted under the old password must not outlive it (a stolen password may have minted them).
        await revokeAllTokens(tx, account.id);
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
