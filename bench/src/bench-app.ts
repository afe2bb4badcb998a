// The app and its actors for API benchmarks, without the test fixtures: apps/server/test/fixtures.ts now imports
// vitest (rendered-errors.ts checks errors with `expect`), which throws outside a vitest run. Same calls as there.
import { randomBytes } from 'node:crypto';
import type { AgencyKind, Role } from '@pcmt/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/http/app.ts';
import { refreshAgencyScope } from '../../apps/server/src/modules/access/scope.ts';
import { createKeyring, newAuditKeys } from '../../apps/server/src/platform/crypto/keys.ts';
import { hashPassword } from '../../apps/server/src/platform/crypto/password.ts';
import type { Database, Db } from '../../apps/server/src/platform/db/client.ts';
import { agency, agencyUnit, unit, userAccount } from '../../apps/server/src/platform/db/schema/index.ts';
import { createServices, type Services } from '../../apps/server/src/services.ts';

export async function createBenchApp(database: Database) {
  const keyring = createKeyring({
    activeKeyId: 'b1',
    dataKeys: { b1: randomBytes(32).toString('base64') },
    hmacKey: randomBytes(32).toString('base64'),
    ...newAuditKeys(),
  });
  const services = createServices(database.db, keyring);
  const app = await buildApp({
    database,
    services,
    logger: false,
    sessionHours: 12,
    sessionIdleMinutes: 60,
    secureCookies: false,
    authPerMinute: 10_000,
    metricsToken: undefined,
    trustProxy: false,
  });
  await app.ready();
  return { app, services, db: database.db };
}

/** The id of the unit with `code` valid on `at` (codes are reused across eras). */
export async function unitId(db: Db, code: string, at = '2026-01-01'): Promise<string> {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(
      and(
        eq(unit.code, code),
        sql`${unit.validFrom} <= ${at}::date and (${unit.validTo} is null or ${unit.validTo} >= ${at}::date)`,
      ),
    );
  if (!row) throw new Error(`no unit ${code} at ${at}`);
  return row.id;
}

let seq = 0;
export async function createAgency(
  db: Db,
  opts: { kind: AgencyKind; unitIds: string[]; name: string },
): Promise<string> {
  seq += 1;
  const [row] = await db
    .insert(agency)
    .values({ code: `B-${process.pid}-${seq}`, name: opts.name, kind: opts.kind })
    .returning({ id: agency.id });
  await db.insert(agencyUnit).values(opts.unitIds.map((unitId) => ({ agencyId: row!.id, unitId })));
  await refreshAgencyScope(db, row!.id);
  return row!.id;
}

export async function createUser(
  db: Db,
  opts: { agencyId: string; roles: Role[] },
): Promise<{ id: string; username: string }> {
  seq += 1;
  const username = `bench${seq}.${randomBytes(3).toString('hex')}`;
  const [row] = await db
    .insert(userAccount)
    .values({
      username,
      displayName: `Người dùng ${seq}`,
      agencyId: opts.agencyId,
      roles: opts.roles,
      passwordHash: await hashPassword(`Bench-${randomBytes(8).toString('hex')}`),
      mustChangePassword: false,
    })
    .returning({ id: userAccount.id });
  return { id: row!.id, username };
}

/** A Bearer token minted as from a 2FA session (roles that need 2FA accept no other). */
export async function bearerFor(
  services: Services,
  user: { id: string; username: string },
  agencyId: string,
  db: Db,
): Promise<string> {
  await db.update(userAccount).set({ mfaEnabled: true }).where(eq(userAccount.id, user.id));
  const { token } = await services.tokens.create(
    { id: user.id, username: user.username, agencyId },
    'đo hiệu năng',
    { ip: null, userAgent: null, requestId: 'bench' },
    { mfa: true },
  );
  return `Bearer ${token}`;
}
