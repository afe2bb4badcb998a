import { createCipheriv, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { beforeAll, expect, it } from 'vitest';
import { ensureSystemAccount } from '../src/modules/access/system-account.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import {
  bearerFor,
  browserHeaders,
  createAgency,
  createTestApp,
  createUser,
  login,
  reauthenticate,
  signInFully,
  TEST_PASSWORD,
  type TestApp,
  unitId,
} from './fixtures.ts';

/**
 * The attacks of the foundation's security review (issue 5), each replayed against the real app: every test
 * here failed on the code before the fix (see docs/SECURITY.md, "Attack tests").
 */
/** The data key of `testKeyring`-like apps built here, so a test can write what old code wrote. */
const testDataKey = randomBytes(32);
function legacySeal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    't1',
    iv.toString('base64url'),
    ct.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

describeEachBackend('sign-in attacks', (getDb) => {
  let t: TestApp;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(getDb(), { dataKey: testDataKey });
    agencyId = await createAgency(t.db, { unitIds: [await unitId(t.db, '23293')] });
  });
  const post = (
    url: string,
    payload: unknown,
    headers: Record<string, string> = {},
    remoteAddress?: string,
  ) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers,
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
  const wrongCode = (secret: string, epoch: number) =>
    generate({ secret, epoch: epoch + 3600 }).then((c) => (c === '000000' ? '000001' : '000000'));

  it('1. locks the second factor after 5 wrong codes spread over several password sign-ins', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const { secret, epoch } = await signInFully(t.app, u.username);
    const bad = await wrongCode(secret!, epoch);
    const statuses: number[] = [];
    for (let signIn = 0; signIn < 3; signIn++) {
      const res = await post('/api/v1/auth/login', { username: u.username, password: TEST_PASSWORD });
      if (res.statusCode !== 200) {
        statuses.push(res.statusCode);
        continue;
      }
      const b = {
        cookie: `pcmt_session=${res.cookies.find((c) => c.name === 'pcmt_session')!.value}`,
        csrf: res.json().csrfToken,
      };
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await post('/api/v1/auth/mfa/verify', { code: bad }, browserHeaders({ ...b, me: res.json() })))
            .statusCode,
        );
    }
    // 5 wrong codes → locked: the 6th attempt and any later password sign-in answer 423.
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5).every((s) => s === 423)).toBe(true);
    const [row] = await queryRows<{ locked: boolean }>(
      t.db,
      sql`select locked_until > now() as locked from user_account where id = ${u.id}`,
    );
    expect(row?.locked).toBe(true);
  });

  it('1. resets the second-factor count only when a complete sign-in succeeds', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const { secret, epoch } = await signInFully(t.app, u.username);
    const bad = await wrongCode(secret!, epoch);
    const b = await login(t.app, u.username);
    for (let i = 0; i < 4; i++) await post('/api/v1/auth/mfa/verify', { code: bad }, browserHeaders(b));
    const good = await generate({ secret: secret!, epoch: epoch + 30 });
    expect((await post('/api/v1/auth/mfa/verify', { code: good }, browserHeaders(b))).json().stage).toBe(
      'ready',
    );
    const again = await login(t.app, u.username);
    for (let i = 0; i < 4; i++)
      expect((await post('/api/v1/auth/mfa/verify', { code: bad }, browserHeaders(again))).statusCode).toBe(
        400,
      );
  });

  it('2. refuses a password change before the second factor', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    await signInFully(t.app, u.username);
    const b = await login(t.app, u.username);
    expect(b.me.stage).toBe('mfa_verify');
    const res = await post(
      '/api/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'Kẻ gian đổi mật khẩu 2026' },
      browserHeaders(b),
    );
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('mfa_required');
    expect((await login(t.app, u.username)).me.stage).toBe('mfa_verify');
  });

  it('4. revokes tokens when roles are raised, the password changes or the account is disabled', async () => {
    const admin = await createUser(t.db, { agencyId, roles: ['admin'] });
    const ab = await signInFully(t.app, admin.username);
    await reauthenticate(t.app, ab);
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const mint = async () => {
      const b = await login(t.app, u.username);
      await reauthenticate(t.app, b);
      const res = await post('/api/v1/auth/tokens', { name: 'tích hợp' }, browserHeaders(b));
      expect(res.statusCode).toBe(201);
      return { b, auth: { authorization: `Bearer ${res.json().token}` } };
    };
    const works = async (auth: Record<string, string>) => (await get('/api/v1/agencies', auth)).statusCode;
    const put = async (change: Record<string, unknown>) => {
      const current = (await get(`/api/v1/users/${u.id}`, browserHeaders(ab))).json();
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${u.id}`,
        headers: browserHeaders(ab),
        payload: {
          displayName: current.displayName,
          agencyId: current.agencyId,
          roles: current.roles,
          status: current.status,
          version: current.version,
          ...change,
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    };

    // Raised to an administrator: the old token must not reset another user's password without 2FA.
    const first = await mint();
    expect(await works(first.auth)).toBe(200);
    await put({ roles: ['commune_committee', 'admin'] });
    const other = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    expect((await post(`/api/v1/users/${other.id}/reset-password`, {}, first.auth)).statusCode).toBe(401);
    expect(await works(first.auth)).toBe(401);
    await put({ roles: ['commune_committee'] });

    // Even a raise written around the service (straight SQL) leaves a token minted without 2FA useless.
    const second = await mint();
    await t.db.execute(
      sql`update user_account set roles = '{commune_committee,drug_police}' where id = ${u.id}`,
    );
    expect(await works(second.auth)).toBe(401);
    await t.db.execute(sql`update user_account set roles = '{commune_committee}' where id = ${u.id}`);

    // A password change ends the tokens minted under the old password.
    const third = await mint();
    const changed = await post(
      '/api/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'Một cụm từ mới đủ dài 2026' },
      browserHeaders(third.b),
    );
    expect(changed.statusCode).toBe(200);
    expect(await works(third.auth)).toBe(401);
    await t.db.execute(
      sql`update user_account set password_hash = (select password_hash from user_account where id = ${admin.id}) where id = ${u.id}`,
    );

    // Disabling revokes; re-enabling does not revive.
    const fourth = await mint();
    await put({ status: 'disabled' });
    await put({ status: 'active' });
    expect(await works(fourth.auth)).toBe(401);
  });

  it('4. mints tokens for a 2FA role only from a session that passed 2FA, after re-entering a secret', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const b = await signInFully(t.app, u.username);
    const h = browserHeaders(b);
    expect((await post('/api/v1/auth/tokens', { name: 'x' }, h)).json().error.code).toBe('reauth_required');
    expect((await post('/api/v1/auth/reauth', { password: 'sai mật khẩu' }, h)).statusCode).toBe(400);
    const code = await generate({ secret: b.secret!, epoch: b.epoch + 30 });
    expect((await post('/api/v1/auth/reauth', { code }, h)).statusCode).toBe(200);
    const res = await post('/api/v1/auth/tokens', { name: 'x' }, h);
    expect(res.statusCode).toBe(201);
    expect((await get('/api/v1/agencies', { authorization: `Bearer ${res.json().token}` })).statusCode).toBe(
      200,
    );
    // The reauth window lasts minutes, not the session.
    await t.db.execute(
      sql`update session set reauth_at = now() - interval '11 minutes' where user_id = ${u.id}`,
    );
    expect((await post('/api/v1/auth/tokens', { name: 'y' }, h)).json().error.code).toBe('reauth_required');
  });

  it('binds a sealed 2FA secret to its account: copied to another row it opens nothing', async () => {
    const victim = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const attacker = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    await signInFully(t.app, victim.username);
    const mine = await signInFully(t.app, attacker.username);
    // With database write access only: plant the attacker's sealed secret on the victim's row.
    await t.db.execute(
      sql`update user_account set mfa_secret_sealed = (select mfa_secret_sealed from user_account where id = ${attacker.id}), mfa_last_time_step = null where id = ${victim.id}`,
    );
    const b = await login(t.app, victim.username);
    const code = await generate({ secret: mine.secret!, epoch: mine.epoch + 30 });
    const res = await post('/api/v1/auth/mfa/verify', { code }, browserHeaders(b));
    expect(res.statusCode).toBe(400);
  });

  it('re-seals pre-AAD (v1) 2FA secrets to their row at start, and refuses a v1 secret planted later', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const { secret, epoch } = await signInFully(t.app, u.username);
    // What the code before row binding wrote: AES-256-GCM without additional data ("v1.<key>.<iv>.<ct>.<tag>").
    const v1 = legacySeal(testDataKey, secret!);
    await t.db.execute(sql`update user_account set mfa_secret_sealed = ${v1} where id = ${u.id}`);
    expect(await t.services.mfa.resealLegacySecrets()).toBe(1);
    const [row] = await queryRows<{ s: string }>(
      t.db,
      sql`select mfa_secret_sealed as s from user_account where id = ${u.id}`,
    );
    expect(row?.s.startsWith('v2.')).toBe(true);
    const b = await login(t.app, u.username);
    const ok = await post(
      '/api/v1/auth/mfa/verify',
      { code: await generate({ secret: secret!, epoch: epoch + 30 }) },
      browserHeaders(b),
    );
    expect(ok.statusCode).toBe(200);
    // Planted after the start (database access only): refused, though the code is right.
    await t.db.execute(
      sql`update user_account set mfa_secret_sealed = ${v1}, mfa_last_time_step = null where id = ${u.id}`,
    );
    const again = await login(t.app, u.username);
    const code = await generate({ secret: secret!, epoch: epoch + 60 });
    expect((await post('/api/v1/auth/mfa/verify', { code }, browserHeaders(again))).statusCode).toBe(400);
  });

  it('8. refuses NUL, other control characters and lone surrogates at the edge, naming the field', async () => {
    const admin = await createUser(t.db, { agencyId, roles: ['admin'] });
    const auth = { authorization: await bearerFor(t.services, admin, agencyId, t.db) };
    const here = await unitId(t.db, '23293');
    for (const name of ['Công an\u0000xã', 'Công an\u001bxã', 'Công an \ud800 xã', 'Công an\u0085xã']) {
      const res = await post(
        '/api/v1/agencies',
        { code: `NUL-${name.length}`, name, kind: 'ubnd', unitIds: [here] },
        auth,
      );
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'name' })]);
      expect(res.json().error.message).toContain('name');
    }
    const query = await get('/api/v1/units?at=2024-01-01%00', {});
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details[0].path).toBe('at');
    // Tabs and line breaks are text, not controls.
    const ok = await post(
      '/api/v1/agencies',
      { code: `TAB-${Date.now()}`, name: 'Tổ công tác\tsố 1', kind: 'ubnd', unitIds: [here] },
      auth,
    );
    expect(ok.statusCode).toBe(201);
  });

  it('9. tells browsers and proxies not to store any API answer', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const b = await login(t.app, u.username);
    for (const res of [
      await get('/api/v1/auth/me', { cookie: b.cookie }),
      await get('/api/v1/users', { cookie: b.cookie }),
      await post('/api/v1/auth/login', { username: 'x.y', password: 'z' }),
    ])
      expect(res.headers['cache-control']).toBe('no-store');
  });

  it('10. slows guessing per username and address, never locks the owner out from elsewhere, and answers alike for unknown names', async () => {
    const admin = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const attack = async (username: string, ip: string) => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++)
        out.push((await post('/api/v1/auth/login', { username, password: `đoán-${i}` }, {}, ip)).statusCode);
      return out;
    };
    const known = await attack(admin.username, '198.51.100.1');
    const unknown = await attack('khong.co.that', '198.51.100.1');
    expect(known).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    // The attacker's address is slowed even with the right password…
    const blocked = await post(
      '/api/v1/auth/login',
      { username: admin.username, password: TEST_PASSWORD },
      {},
      '198.51.100.1',
    );
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/thử lại sau \d\d:\d\d/);
    // …while the owner, from the office, signs in as usual.
    const owner = await post(
      '/api/v1/auth/login',
      { username: admin.username, password: TEST_PASSWORD },
      {},
      '192.0.2.10',
    );
    expect(owner.statusCode).toBe(200);
    // The help desk's unlock lifts the slowdown of every address for that username.
    const adminUser = await createUser(t.db, { agencyId, roles: ['admin'] });
    const unlock = await post(
      `/api/v1/users/${admin.id}/unlock`,
      {},
      { authorization: await bearerFor(t.services, adminUser, agencyId, t.db) },
    );
    expect(unlock.statusCode).toBe(200);
    expect(
      (
        await post(
          '/api/v1/auth/login',
          { username: admin.username, password: TEST_PASSWORD },
          {},
          '198.51.100.1',
        )
      ).statusCode,
    ).toBe(200);
  });

  it('10. answers a disabled account exactly like a wrong password', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    await t.db.execute(sql`update user_account set status = 'disabled' where id = ${u.id}`);
    const right = await post('/api/v1/auth/login', { username: u.username, password: TEST_PASSWORD });
    const wrong = await post('/api/v1/auth/login', { username: u.username, password: 'sai mật khẩu' });
    expect([right.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(right.json().error.message).toBe(wrong.json().error.message);
  });

  it('10. cannot sign in as the built-in system account: a wrong password’s answer, throttled alike, even with a planted password', async () => {
    await ensureSystemAccount(t.db);
    const attack = async (username: string, ip: string) => {
      const out: [number, string][] = [];
      for (let i = 0; i < 7; i++) {
        const res = await post('/api/v1/auth/login', { username, password: `đoán-${i}` }, {}, ip);
        out.push([res.statusCode, res.json().error.code]);
      }
      return out;
    };
    const system = await attack('system', '198.51.100.20');
    const unknown = await attack('khong.co.that', '198.51.100.21');
    expect(system).toEqual(unknown);
    expect(system.map(([status]) => status)).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // Someone with database access gives it a password they know: it is disabled, so still the same refusal.
    const user = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    await t.db.execute(
      sql`update user_account set password_hash = (select password_hash from user_account where id = ${user.id})
           where username = 'system'`,
    );
    const planted = await post(
      '/api/v1/auth/login',
      { username: 'system', password: TEST_PASSWORD },
      {},
      '198.51.100.22',
    );
    const wrong = await post(
      '/api/v1/auth/login',
      { username: user.username, password: 'sai mật khẩu' },
      {},
      '198.51.100.22',
    );
    expect([planted.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(planted.json().error.message).toBe(wrong.json().error.message);
    const [row] = await queryRows<{ action: string; after: { username: string } }>(
      t.db,
      sql`select action, after from audit_event where action = 'auth.login_failed' order by id desc limit 1 offset 1`,
    );
    expect(row).toEqual({ action: 'auth.login_failed', after: { username: 'system' } });
  });
});
