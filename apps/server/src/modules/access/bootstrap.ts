import { and, eq, sql } from 'drizzle-orm';
import { randomToken } from '../../platform/crypto/keys.ts';
import { hashPassword } from '../../platform/crypto/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { agency, agencyUnit, unit, userAccount } from '../../platform/db/schema/index.ts';
import { appendAudit, systemContext } from '../audit/audit.recorder.ts';
import { SEED_LOCK } from '../units/unit-seed.ts';
import { refreshAgencyScope } from './scope.ts';

export const BOOTSTRAP_AGENCY_CODE = 'QNG-CAT-QTHT';

/**
 * On an empty system, creates the IT agency of the provincial police and one `admin` account with a random
 * one-time password (returned so the caller can print it once). The admin must change it and enrol 2FA
 * at first sign-in. Returns null when any account already exists.
 */
export async function ensureBootstrapAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(userAccount);
  if ((count?.n ?? 0) > 0) return null;
  const password = randomToken(12);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    // Serialised with other starting app servers: only one creates the first administrator.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [again] = await tx.select({ n: sql<number>`count(*)::int` }).from(userAccount);
    if ((again?.n ?? 0) > 0) return null;
    let [ag] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.code, BOOTSTRAP_AGENCY_CODE));
    if (!ag) {
      [ag] = await tx
        .insert(agency)
        .values({
          code: BOOTSTRAP_AGENCY_CODE,
          name: 'Công an tỉnh Quảng Ngãi — Quản trị hệ thống',
          kind: 'provincial_police',
        })
        .returning({ id: agency.id });
      const provinces = await tx
        .select({ id: unit.id })
        .from(unit)
        .where(sql`${unit.level} = 1 and ${unit.validTo} is null`);
      if (provinces.length > 0)
        await tx.insert(agencyUnit).values(provinces.map((p) => ({ agencyId: ag!.id, unitId: p.id })));
      await refreshAgencyScope(tx, ag!.id);
    }
    const [user] = await tx
      .insert(userAccount)
      .values({
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        agencyId: ag!.id,
        roles: ['admin'],
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: userAccount.id });
    await appendAudit(tx, systemContext(), {
      action: 'user.bootstrap',
      recordType: 'user',
      recordId: user!.id,
      after: { username: 'admin', roles: ['admin'] },
    });
    return { username: 'admin', password };
  });
}

/**
 * True while the first administrator (user `admin` of agency `QNG-CAT-QTHT`) still has to replace its
 * one-time password: until then the copy of that password left for the operator is still worth keeping.
 */
export async function bootstrapAdminPasswordPending(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ pending: userAccount.mustChangePassword })
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(and(eq(userAccount.username, 'admin'), eq(agency.code, BOOTSTRAP_AGENCY_CODE)));
  return row?.pending ?? false;
}
