import { randomToken } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { BOOTSTRAP_AGENCY_CODE, ensureSystemAccount, systemActor } from './system-account.ts';
import { countPersonAccounts, mustChangePasswordOf } from './user.repository.ts';
import { createUserService } from './user.service.ts';

export { BOOTSTRAP_AGENCY_CODE } from './system-account.ts';

const FIRST_ADMIN = 'admin';

/**
 * At every start: makes sure the built-in `system` account exists; then, on an empty system (no account
 * besides `system`), the system creates one `admin` account in agency QNG-CAT-QTHT through `users.create`,
 * as an administrator would, with a random one-time password (returned so the caller can print it once). The
 * admin must change it and enrol 2FA at first sign-in. Returns null when an account already exists.
 */
export async function ensureBootstrapAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  const system = await ensureSystemAccount(db);
  if ((await countPersonAccounts(db)) > 0) return null;
  const password = randomToken(12);
  const actor = await systemActor(db, { via: 'start', command: 'first admin' });
  try {
    await createUserService(db).create(
      actor,
      {
        username: FIRST_ADMIN,
        displayName: 'Quản trị hệ thống',
        agencyId: system.agencyId, // QNG-CAT-QTHT, where the system account was created

        roles: ['admin'],
        password,
      },
      { mustChangePassword: true },
    );
  } catch (err) {
    // Another app server starting at the same moment created it first: that one prints the password.
    if ((await countPersonAccounts(db)) > 0) return null;
    throw err;
  }
  return { username: FIRST_ADMIN, password };
}

/**
 * True while the first administrator (user `admin` of agency `QNG-CAT-QTHT`) still has to replace its
 * one-time password: until then the copy of that password left for the operator is still worth keeping.
 */
export async function bootstrapAdminPasswordPending(db: Db): Promise<boolean> {
  return (await mustChangePasswordOf(db, FIRST_ADMIN, BOOTSTRAP_AGENCY_CODE)) ?? false;
}
