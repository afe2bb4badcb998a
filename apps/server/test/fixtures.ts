import { randomBytes } from 'node:crypto';
import type { AgencyKind, Me, Role } from '@pcmt/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/http/app.ts';
import { refreshAgencyScope } from '../src/modules/access/scope.ts';
import { createKeyring, newAuditKeys } from '../src/platform/crypto/keys.ts';
import { hashPassword } from '../src/platform/crypto/password.ts';
import type { Database, Db } from '../src/platform/db/client.ts';
import { agency, agencyUnit, unit, userAccount } from '../src/platform/db/schema/index.ts';
import { createServices, type Services } from '../src/services.ts';

export const TEST_PASSWORD = 'Kiểm-thử-mật-khẩu-2026';

/**
 * One audit key set per test process: services register their audit keys process-wide (see `useAuditKeys`),
 * so every keyring a test file builds must chain and sign with the same keys.
 */
export const testAuditKeys = newAuditKeys();

export function testKeyring() {
  return createKeyring({
    activeKeyId: 't1',
    dataKeys: { t1: randomBytes(32).toString('base64') },
    hmacKey: randomBytes(32).toString('base64'),
    ...testAuditKeys,
  });
}

export type TestApp = { app: FastifyInstance; services: Services; db: Db };

/** Tests sign in many times from one address: the per-IP limit is raised unless a test sets it. */
export async function createTestApp(
  database: Database,
  opts: { authPerMinute?: number; metricsToken?: string } = {},
): Promise<TestApp> {
  const services = createServices(database.db, testKeyring());
  const app = await buildApp({
    database,
    services,
    logger: false,
    sessionHours: 12,
    sessionIdleMinutes: 60,
    secureCookies: false,
    authPerMinute: opts.authPerMinute ?? 10_000,
    metricsToken: opts.metricsToken,
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
  opts: { kind?: AgencyKind; unitIds: string[]; name?: string },
): Promise<string> {
  seq += 1;
  const [row] = await db
    .insert(agency)
    .values({
      code: `T-${process.pid}-${seq}-${randomBytes(3).toString('hex')}`,
      name: opts.name ?? `Cơ quan thử ${seq}`,
      kind: opts.kind ?? 'commune_police',
    })
    .returning({ id: agency.id });
  await db.insert(agencyUnit).values(opts.unitIds.map((unitId) => ({ agencyId: row!.id, unitId })));
  await refreshAgencyScope(db, row!.id);
  return row!.id;
}

const hashOnce = hashPassword(TEST_PASSWORD);

export async function createUser(
  db: Db,
  opts: { agencyId: string; roles: Role[]; username?: string; mustChangePassword?: boolean },
): Promise<{ id: string; username: string }> {
  seq += 1;
  const username = opts.username ?? `u${seq}.${randomBytes(3).toString('hex')}`;
  const [row] = await db
    .insert(userAccount)
    .values({
      username,
      displayName: `Người dùng ${seq}`,
      agencyId: opts.agencyId,
      roles: opts.roles,
      passwordHash: await hashOnce,
      mustChangePassword: opts.mustChangePassword ?? false,
    })
    .returning({ id: userAccount.id });
  return { id: row!.id, username };
}

export async function bearerFor(
  services: Services,
  user: { id: string; username: string },
  agencyId: string,
): Promise<string> {
  const { token } = await services.tokens.create(
    { id: user.id, username: user.username, agencyId },
    'kiểm thử',
    {
      ip: null,
      userAgent: null,
      requestId: 'test',
    },
  );
  return `Bearer ${token}`;
}

export type Browser = { cookie: string; csrf: string; me: Me };

export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Browser> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'pcmt_session');
  const me = res.json() as Me;
  return { cookie: `pcmt_session=${cookie!.value}`, csrf: me.csrfToken, me };
}
