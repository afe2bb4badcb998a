import { generate } from 'otplib';
import { beforeAll, expect, it } from 'vitest';
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

describeEachBackend('sign-in, sessions, 2FA and tokens', (getDb) => {
  let t: TestApp;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    agencyId = await createAgency(t.db, { unitIds: [await unitId(t.db, '23293')] });
  });
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('signs a commune officer in with an HttpOnly SameSite=Strict cookie and answers /me', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const res = await post('/api/v1/auth/login', {
      username: u.username.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pcmt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json()).toMatchObject({
      stage: 'ready',
      user: { username: u.username, roles: ['commune_committee'] },
    });
    expect(res.json().jurisdiction.map((j: { code: string }) => j.code)).toEqual(['23293']);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `pcmt_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const a = await post('/api/v1/auth/login', { username: 'khong.ton.tai', password: 'x' });
    const b = await post('/api/v1/auth/login', { username: u.username, password: 'sai mật khẩu' });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe(b.json().error.message);
    expect(a.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const b = await login(t.app, u.username);
    const bad = await post('/api/v1/auth/logout', {}, { cookie: b.cookie });
    expect(bad.statusCode).toBe(403);
    expect(bad.json().error.code).toBe('csrf_failed');
    const ok = await post('/api/v1/auth/logout', {}, { cookie: b.cookie, 'x-csrf-token': b.csrf });
    expect(ok.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('forces 2FA enrolment on a privileged role, then requires the code at every sign-in', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const b = await login(t.app, u.username);
    expect(b.me.stage).toBe('mfa_enrol');
    const h = { cookie: b.cookie, 'x-csrf-token': b.csrf };
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: h })).json().error.code,
    ).toBe('mfa_required');
    const start = await post('/api/v1/auth/mfa/enrol/start', {}, h);
    const { secret, otpauthUrl } = start.json();
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect((await post('/api/v1/auth/mfa/enrol/confirm', { code: '000000' }, h)).statusCode).toBe(400);
    // Codes are taken at fixed instants so that crossing a 30 s boundary mid-test changes nothing.
    const enrolEpoch = Math.floor(Date.now() / 1000);
    const enrolCode = await generate({ secret, epoch: enrolEpoch });
    const confirm = await post('/api/v1/auth/mfa/enrol/confirm', { code: enrolCode }, h);
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes, me } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(me.stage).toBe('ready');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: h })).statusCode).toBe(200);

    const again = await login(t.app, u.username);
    expect(again.me.stage).toBe('mfa_verify');
    const h2 = { cookie: again.cookie, 'x-csrf-token': again.csrf };
    expect((await post('/api/v1/auth/mfa/verify', { code: '123456' }, h2)).statusCode).toBe(400);
    const ok = await post('/api/v1/auth/mfa/verify', { code: recoveryCodes[0] }, h2);
    expect(ok.json().stage).toBe('ready');
    // A recovery code works once.
    const third = await login(t.app, u.username);
    const reuse = await post(
      '/api/v1/auth/mfa/verify',
      { code: recoveryCodes[0] },
      { cookie: third.cookie, 'x-csrf-token': third.csrf },
    );
    expect(reuse.statusCode).toBe(400);
    // The code used at enrolment cannot be replayed inside its window; the next window's code works once.
    const h3 = { cookie: third.cookie, 'x-csrf-token': third.csrf };
    expect((await post('/api/v1/auth/mfa/verify', { code: enrolCode }, h3)).statusCode).toBe(400);
    const next = await generate({ secret, epoch: enrolEpoch + 30 });
    expect((await post('/api/v1/auth/mfa/verify', { code: next }, h3)).json().stage).toBe('ready');
    const fourth = await login(t.app, u.username);
    const h4 = { cookie: fourth.cookie, 'x-csrf-token': fourth.csrf };
    expect((await post('/api/v1/auth/mfa/verify', { code: next }, h4)).statusCode).toBe(400);
  });

  it('forces a password change before anything else, with the policy in Vietnamese', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'], mustChangePassword: true });
    const b = await login(t.app, u.username);
    expect(b.me.stage).toBe('password_change');
    const h = { cookie: b.cookie, 'x-csrf-token': b.csrf };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: h })).json().error.code).toBe(
      'password_change_required',
    );
    const short = await post(
      '/api/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'ngắn' },
      h,
    );
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0]).toMatchObject({ path: 'newPassword' });
    const ok = await post(
      '/api/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'Một cụm từ đủ dài 2026' },
      h,
    );
    expect(ok.json().stage).toBe('ready');
    expect(
      (await post('/api/v1/auth/login', { username: u.username, password: 'Một cụm từ đủ dài 2026' }))
        .statusCode,
    ).toBe(200);
  });

  it('accepts personal API tokens as Bearer and refuses revoked or forged ones', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const auth = await bearerFor(t.services, u, agencyId, t.db);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { authorization: auth } }))
        .statusCode,
    ).toBe(200);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/agencies',
      headers: { authorization: `${auth}x` },
    });
    expect(forged.statusCode).toBe(401);
    const garbage = await t.app.inject({
      method: 'GET',
      url: '/api/v1/agencies',
      headers: { authorization: 'Bearer abc' },
    });
    expect(garbage.statusCode).toBe(401);
    expect(garbage.json().error.message).toContain('Mã truy cập API');
  });

  it('ends the sessions of a disabled account', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const b = await login(t.app, u.username);
    const admin = await createUser(t.db, { agencyId, roles: ['admin'] });
    const ab = await signInFully(t.app, admin.username);
    await reauthenticate(t.app, ab);
    const user = (
      await t.app.inject({ method: 'GET', url: `/api/v1/users/${u.id}`, headers: browserHeaders(ab) })
    ).json();
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${u.id}`,
      headers: browserHeaders(ab),
      payload: {
        displayName: user.displayName,
        agencyId,
        roles: user.roles,
        status: 'disabled',
        version: user.version,
      },
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b.cookie } }))
        .statusCode,
    ).toBe(401);
    // The same answer as a wrong password: a disabled account is no password oracle.
    expect(
      (await post('/api/v1/auth/login', { username: u.username, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
  });

  it('lets a signed-in user list, use and revoke their own API tokens, never mint one with a token', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const b = await login(t.app, u.username);
    const h = { cookie: b.cookie, 'x-csrf-token': b.csrf };
    expect((await post('/api/v1/auth/tokens', { name: 'Đồng bộ báo cáo' }, h)).json().error.code).toBe(
      'reauth_required',
    );
    await reauthenticate(t.app, b);
    const created = await post('/api/v1/auth/tokens', { name: 'Đồng bộ báo cáo' }, h);
    expect(created.statusCode).toBe(201);
    const { id, token, expiresAt } = created.json();
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: auth })).statusCode).toBe(
      200,
    );
    expect((await post('/api/v1/auth/tokens', { name: 'x' }, auth)).statusCode).toBe(403);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: h })).json().data;
    expect(list).toEqual([
      expect.objectContaining({
        id,
        name: 'Đồng bộ báo cáo',
        revokedAt: null,
        lastUsedAt: expect.any(String),
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(token);
    const other = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const ob = await login(t.app, other.username);
    const stolen = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
      headers: { cookie: ob.cookie, 'x-csrf-token': ob.csrf },
    });
    expect(stolen.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: h })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: auth })).statusCode).toBe(
      401,
    );
  });

  it('slows down password guessing from one address with 429', async () => {
    const limited = await createTestApp(getDb(), { authPerMinute: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'doan.mo', password: `thu-${i}` },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await limited.app.close();
  });

  it('lets an administrator issue a new one-time password that ends the old sessions', async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const b = await login(t.app, u.username);
    const admin = await createUser(t.db, { agencyId, roles: ['admin'] });
    const ab = await signInFully(t.app, admin.username);
    const auth = browserHeaders(ab);
    // An API token cannot do it, nor a session that has not just re-entered its password.
    const viaToken = await post(
      `/api/v1/users/${u.id}/reset-password`,
      {},
      { authorization: await bearerFor(t.services, admin, agencyId, t.db) },
    );
    expect(viaToken.json().error.code).toBe('reauth_required');
    expect((await post(`/api/v1/users/${u.id}/reset-password`, {}, auth)).json().error.code).toBe(
      'reauth_required',
    );
    await reauthenticate(t.app, ab);
    const res = await post(`/api/v1/users/${u.id}/reset-password`, {}, auth);
    expect(res.statusCode).toBe(200);
    const { password } = res.json();
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b.cookie } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await post('/api/v1/auth/login', { username: u.username, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    const fresh = await post('/api/v1/auth/login', { username: u.username, password });
    expect(fresh.json().stage).toBe('password_change');
    const tokenOfUser = await bearerFor(t.services, u, agencyId, t.db);
    await post(`/api/v1/users/${u.id}/reset-password`, {}, auth);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/agencies',
      headers: { authorization: tokenOfUser },
    });
    expect(revoked.statusCode).toBe(401);
    const self = await post(`/api/v1/users/${admin.id}/reset-password`, {}, auth);
    expect(self.statusCode).toBe(403);
  });

  it("lists one's own sessions and ends another one, never someone else's", async () => {
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const desk = await login(t.app, u.username);
    const home = await login(t.app, u.username);
    const h = { cookie: home.cookie, 'x-csrf-token': home.csrf };
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: h })).json()
      .data;
    expect(list).toHaveLength(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const other = list.find((s: { current: boolean }) => !s.current);
    expect(JSON.stringify(list)).not.toContain(desk.cookie.split('=')[1]);
    const stranger = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const sb = await login(t.app, stranger.username);
    const steal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${other.id}`,
      headers: { cookie: sb.cookie, 'x-csrf-token': sb.csrf },
    });
    expect(steal.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${other.id}`, headers: h }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: desk.cookie } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: home.cookie } }))
        .statusCode,
    ).toBe(200);
  });
});
