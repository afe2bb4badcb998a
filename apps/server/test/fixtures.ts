import { randomBytes } from 'node:crypto';
import type { AgencyKind, Me, Role } from '@pcmt/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { generate as generateTotp } from 'otplib';
import { type AppOptions, buildApp } from '../src/http/app.ts';
import { refreshAgencyScope } from '../src/modules/access/scope.ts';
import { createKeyring, newAuditKeys } from '../src/platform/crypto/keys.ts';
import { hashPassword } from '../src/platform/crypto/password.ts';
import type { Database, Db } from '../src/platform/db/client.ts';
import { agency, agencyUnit, unit, userAccount } from '../src/platform/db/schema/index.ts';
import { createServices, type Services } from '../src/services.ts';
import { checkRenderedErrors } from './rendered-errors.ts';

export const TEST_PASSWORD = 'Kiểm-thử-mật-khẩu-2026';

/**
 * One audit key set per test process: services register their audit keys process-wide (see `useAuditKeys`),
 * so every keyring a test file builds must chain and sign with the same keys.
 */
export const testAuditKeys = newAuditKeys();

/** `dataKey`: a known data key, for tests that write what older code wrote (sealed values without AAD). */
export function testKeyring(dataKey: Buffer = randomBytes(32)) {
  return createKeyring({
    activeKeyId: 't1',
    dataKeys: { t1: dataKey.toString('base64') },
    hmacKey: randomBytes(32).toString('base64'),
    ...testAuditKeys,
  });
}

export type TestApp = { app: FastifyInstance; services: Services; db: Db };

/** Tests sign in many times from one address: the per-IP limit is raised unless a test sets it. */
export async function createTestApp(
  database: Database,
  opts: {
    authPerMinute?: number;
    metricsToken?: string;
    trustProxy?: string[] | number | false;
    secureCookies?: boolean;
    logger?: AppOptions['logger'];
    dataKey?: Buffer;
  } = {},
): Promise<TestApp> {
  const services = createServices(database.db, testKeyring(opts.dataKey));
  const app = await buildApp({
    database,
    services,
    logger: opts.logger ?? false,
    sessionHours: 12,
    sessionIdleMinutes: 60,
    secureCookies: opts.secureCookies ?? false,
    authPerMinute: opts.authPerMinute ?? 10_000,
    metricsToken: opts.metricsToken,
    trustProxy: opts.trustProxy ?? false,
  });
  checkRenderedErrors(app);
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
  db: Db,
): Promise<string> {
  // Roles that need 2FA accept only tokens minted from a 2FA session by an owner who has 2FA on: stand in
  // for that enrolment here (the sign-in tests do it for real).
  await db.update(userAccount).set({ mfaEnabled: true }).where(eq(userAccount.id, user.id));
  const { token } = await services.tokens.create(
    { id: user.id, username: user.username, agencyId },
    'kiểm thử',
    { ip: null, userAgent: null, requestId: 'test' },
    { mfa: true },
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

/** Headers of a cookie-authenticated write. */
export const browserHeaders = (b: Browser) => ({ cookie: b.cookie, 'x-csrf-token': b.csrf });

/**
 * A complete sign-in through the real endpoints: password, then 2FA enrolment for roles that need it (its
 * TOTP secret is returned, and the code used is for `epoch`, so a later code must come from a later step).
 */
export async function signInFully(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Browser & { secret: string | null; epoch: number }> {
  const b = await login(app, username, password);
  const epoch = Math.floor(Date.now() / 1000);
  if (b.me.stage !== 'mfa_enrol') return { ...b, secret: null, epoch };
  const h = browserHeaders(b);
  const start = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enrol/start',
    payload: {},
    headers: h,
  });
  const { secret } = start.json() as { secret: string };
  const code = await generateTotp({ secret, epoch });
  const done = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enrol/confirm',
    payload: { code },
    headers: h,
  });
  if (done.statusCode !== 200) throw new Error(`enrol ${done.statusCode} ${done.body}`);
  return { ...b, me: done.json().me as Me, secret, epoch };
}

/** Re-enters the password in the session, as the web's confirmation dialog does before a sensitive action. */
export async function reauthenticate(app: FastifyInstance, b: Browser, password = TEST_PASSWORD) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/reauth',
    payload: { password },
    headers: browserHeaders(b),
  });
  if (res.statusCode !== 200) throw new Error(`reauth ${res.statusCode} ${res.body}`);
}
