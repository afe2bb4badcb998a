import { randomInt } from 'node:crypto';
import type { Me } from '@pcmt/contracts';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, invalid, issue } from '../../platform/errors.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { type AuthService, type AuthSettings, type ClientInfo, ctxOf } from './auth.service.ts';
import {
  claimTotpStep,
  enableMfa,
  findLegacySealedSecrets,
  replaceRecoveryCodes,
  replaceSealedSecret,
  resetSecondFactorFailures,
  storePendingSecret,
  useRecoveryCode,
} from './mfa.repository.ts';
import {
  type AccountRow,
  deleteOtherSessions,
  markSessionMfaPassed,
  type SessionRow,
} from './session.repository.ts';

/**
 * The sealed TOTP secret is bound to its row: copied into another account's row (by someone with database
 * write access) it no longer opens, so nobody can plant a secret they know on a victim's account.
 */
/** A wrong code: the field says it may also have expired (a code lives 30 seconds). */
const wrongCode = () =>
  new AppError('validation_failed', 'mfa.wrongCode', undefined, {
    details: [issue('code', 'mfa.wrongOrExpiredCode')],
  });

const mfaSecretAad = (userId: string) => `user_account.mfa_secret:${userId}`;

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
function newRecoveryCode(): string {
  // randomInt draws without modulo bias: every code is one of 31^8 (~40 bits) equally likely values.
  const chars = Array.from({ length: 8 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join(
    '',
  );
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * TOTP two-factor sign-in (RFC 6238): enrolment with a sealed secret, verification with replay protection,
 * and single-use recovery codes kept as keyed hashes. Failures count toward the account lockout.
 */
export function createMfaService(
  db: Db,
  keyring: Keyring,
  auth: AuthService,
  settings: Pick<AuthSettings, 'issuer'>,
) {
  const { recordFailure, assertNotLocked, reload, markReauthenticated } = auth;
  /**
   * A valid code is accepted once: its time step must be later than the last accepted one, and claiming it
   * is a conditional update, so two requests racing with the same code cannot both pass.
   */
  const checkTotp = async (account: AccountRow, code: string) => {
    if (!account.mfaSecretSealed) return false;
    // A pre-AAD (v1) value is bound to no row: one planted by someone with database access would open on
    // any account. `resealLegacySecrets` converts them at start, so one found now is refused.
    if (account.mfaSecretSealed.startsWith('v1.')) return false;
    let secret: string;
    try {
      secret = keyring.unseal(account.mfaSecretSealed, mfaSecretAad(account.id));
    } catch {
      return false; // a secret sealed for another row (or tampered with) is no secret: the code fails
    }
    const last = account.mfaLastTimeStep;
    const result = await verifyTotp({
      secret,
      token: code,
      epochTolerance: 30,
      ...(last === null ? {} : { afterTimeStep: last }),
    });
    if (!result.valid || !('timeStep' in result)) return false;
    return claimTotpStep(db, account.id, result.timeStep);
  };

  return {
    /**
     * At server start: re-seals every TOTP secret still in the pre-AAD v1 format, bound to its row (v2).
     * Returns how many were converted.
     */
    async resealLegacySecrets(): Promise<number> {
      const legacy = await findLegacySealedSecrets(db);
      for (const row of legacy) {
        const secret = keyring.unseal(row.sealed);
        await replaceSealedSecret(db, row.id, row.sealed, keyring.seal(secret, mfaSecretAad(row.id)));
      }
      return legacy.length;
    },

    /** Re-authentication by a TOTP code (or a recovery code is not accepted here: it is for lost phones). */
    async reauthWithCode(sess: SessionRow, account: AccountRow, code: string, client: ClientInfo) {
      assertNotLocked(account);
      if (!account.mfaEnabled) throw invalid('code', 'mfa.notEnabledEnterPassword');
      if (!(/^\d{6}$/.test(code) && (await checkTotp(account, code)))) {
        await recordFailure(account, client, 'auth.reauth_failed');
        throw wrongCode();
      }
      await markReauthenticated(sess, account, client, 'totp');
      return reload(account.id, sess.tokenHash);
    },

    async verifyMfa(sess: SessionRow, account: AccountRow, code: string, client: ClientInfo): Promise<Me> {
      assertNotLocked(account);
      if (!account.mfaEnabled) throw new AppError('bad_request', 'mfa.notEnrolled');
      let usedRecovery = false;
      let ok = /^\d{6}$/.test(code) && (await checkTotp(account, code));
      if (!ok && code.includes('-')) {
        ok = await useRecoveryCode(db, account.id, keyring.blindIndex(code.toLowerCase()));
        usedRecovery = ok;
      }
      if (!ok) {
        await recordFailure(account, client, 'auth.mfa_failed');
        throw wrongCode();
      }
      await db.transaction(async (tx) => {
        await markSessionMfaPassed(tx, sess.tokenHash);
        await resetSecondFactorFailures(tx, account.id);
        await appendAudit(tx, ctxOf(account, client), {
          action: usedRecovery ? 'auth.mfa_recovery_used' : 'auth.mfa_passed',
          recordType: 'user',
          recordId: account.id,
        });
      });
      return reload(account.id, sess.tokenHash);
    },

    /** Starts (or restarts) enrolment: a new secret, kept sealed, not active until a code confirms it. */
    async startEnrolment(
      _sess: SessionRow,
      account: AccountRow,
      client: ClientInfo,
    ): Promise<{ secret: string; otpauthUrl: string }> {
      // Enrolment never switches an active 2FA off: a lost phone goes through the administrator's reset.
      if (account.mfaEnabled) {
        throw new AppError('conflict', 'mfa.alreadyEnabled');
      }
      const secret = generateSecret();
      await db.transaction(async (tx) => {
        await storePendingSecret(tx, account.id, keyring.seal(secret, mfaSecretAad(account.id)));
        await appendAudit(tx, ctxOf(account, client), {
          action: 'auth.mfa_enrol_started',
          recordType: 'user',
          recordId: account.id,
        });
      });
      return {
        secret,
        otpauthUrl: generateURI({ issuer: settings.issuer, label: account.username, secret }),
      };
    },

    async confirmEnrolment(
      sess: SessionRow,
      account: AccountRow,
      code: string,
      client: ClientInfo,
    ): Promise<{ recoveryCodes: string[]; me: Me }> {
      if (account.mfaEnabled || !account.mfaSecretSealed)
        throw new AppError('bad_request', 'mfa.enrolmentNotStarted');
      assertNotLocked(account);
      if (!(await checkTotp(account, code))) {
        await recordFailure(account, client, 'auth.mfa_failed');
        throw wrongCode();
      }
      const codes = Array.from({ length: 10 }, newRecoveryCode);
      await db.transaction(async (tx) => {
        await enableMfa(tx, account.id);
        await replaceRecoveryCodes(
          tx,
          account.id,
          codes.map((c) => keyring.blindIndex(c)),
        );
        await markSessionMfaPassed(tx, sess.tokenHash);
        await deleteOtherSessions(tx, account.id, sess.tokenHash);
        await appendAudit(tx, ctxOf(account, client), {
          action: 'auth.mfa_enrolled',
          recordType: 'user',
          recordId: account.id,
        });
      });
      return { recoveryCodes: codes, me: await reload(account.id, sess.tokenHash) };
    },
  };
}

export type MfaService = ReturnType<typeof createMfaService>;
