import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { recoveryCode, userAccount } from '../../platform/db/schema/index.ts';

/** The second factor's state on the account (sealed TOTP secret, last time step) and the recovery codes. */

/**
 * Claims a TOTP time step: only a step later than the last accepted one passes, and as a conditional update,
 * so two requests racing with the same code cannot both succeed.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .update(userAccount)
    .set({ mfaLastTimeStep: step })
    .where(
      and(
        eq(userAccount.id, userId),
        sql`(${userAccount.mfaLastTimeStep} is null or ${userAccount.mfaLastTimeStep} < ${step})`,
      ),
    )
    .returning({ id: userAccount.id });
  return claimed.length === 1;
}

/** Accounts whose TOTP secret is still sealed in the pre-AAD v1 format. */
export async function findLegacySealedSecrets(db: Db): Promise<{ id: string; sealed: string }[]> {
  const rows = await db
    .select({ id: userAccount.id, sealed: userAccount.mfaSecretSealed })
    .from(userAccount)
    .where(sql`${userAccount.mfaSecretSealed} like 'v1.%'`);
  return rows.map((r) => ({ id: r.id, sealed: r.sealed! }));
}

/** Replaces a sealed secret only if it is still the one read (a concurrent change wins). */
export async function replaceSealedSecret(
  db: Db,
  userId: string,
  was: string,
  sealed: string,
): Promise<void> {
  await db
    .update(userAccount)
    .set({ mfaSecretSealed: sealed })
    .where(and(eq(userAccount.id, userId), eq(userAccount.mfaSecretSealed, was)));
}

/** A new secret awaiting its first code (enrolment started); the time step starts afresh. */
export async function storePendingSecret(db: Db, userId: string, sealed: string): Promise<void> {
  await db
    .update(userAccount)
    .set({ mfaSecretSealed: sealed, mfaLastTimeStep: null })
    .where(eq(userAccount.id, userId));
}

export async function enableMfa(db: Db, userId: string): Promise<void> {
  await db.update(userAccount).set({ mfaEnabled: true }).where(eq(userAccount.id, userId));
}

/** The administrator's 2FA reset: the secret, its time step and every recovery code go. */
export async function clearMfa(db: Db, userId: string): Promise<void> {
  await db
    .update(userAccount)
    .set({ mfaEnabled: false, mfaSecretSealed: null, mfaLastTimeStep: null, updatedAt: new Date() })
    .where(eq(userAccount.id, userId));
  await deleteRecoveryCodes(db, userId);
}

/** A complete sign-in (second factor passed) resets the failure count. */
export async function resetSecondFactorFailures(db: Db, userId: string): Promise<void> {
  await db.update(userAccount).set({ failedLoginCount: 0 }).where(eq(userAccount.id, userId));
}

/** Marks an unused recovery code (by its keyed hash) used; false when there is no such unused code. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string): Promise<boolean> {
  const used = await db
    .update(recoveryCode)
    .set({ usedAt: new Date() })
    .where(
      and(eq(recoveryCode.userId, userId), eq(recoveryCode.codeHash, codeHash), isNull(recoveryCode.usedAt)),
    )
    .returning({ id: recoveryCode.id });
  return used.length === 1;
}

export async function deleteRecoveryCodes(db: Db, userId: string): Promise<void> {
  await db.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
}

/** A fresh set of recovery codes (keyed hashes) replaces the old ones. */
export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]): Promise<void> {
  await deleteRecoveryCodes(db, userId);
  await db.insert(recoveryCode).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}
