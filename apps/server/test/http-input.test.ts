import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/** Bad input: always a 4xx with a Vietnamese message and field paths; never a 500; nothing half-written. */
describeEachBackend('bad input and concurrent edits', (getDb) => {
  let t: TestApp;
  let admin = '';
  let here = '';
  beforeAll(async () => {
    t = await createTestApp(getDb());
    here = await unitId(t.db, '23293');
    const agencyId = await createAgency(t.db, {
      kind: 'provincial_police',
      unitIds: [await unitId(t.db, '51')],
    });
    admin = await bearerFor(
      t.services,
      await createUser(t.db, { agencyId, roles: ['admin'] }),
      agencyId,
      t.db,
    );
  });
  const send = (
    method: 'POST' | 'PUT',
    url: string,
    payload: string | object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      payload,
      headers: { authorization: admin, 'content-type': 'application/json', ...headers },
    });
  const agencyBody = (over: object = {}) => ({
    code: `VAL-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Công an xã thử',
    kind: 'commune_police',
    unitIds: [here],
    ...over,
  });

  it('answers malformed JSON with 400 in Vietnamese', async () => {
    const res = await send('POST', '/api/v1/agencies', '{"code": "A", "name": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_request', message: 'Nội dung JSON không hợp lệ' });
    expect(res.json().error.requestId).toBeTruthy();
  });

  it('names every field with a wrong type', async () => {
    const res = await send('POST', '/api/v1/agencies', {
      code: 12,
      name: null,
      kind: 'công an',
      unitIds: 'x',
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['code', 'kind', 'name', 'unitIds']);
    expect(res.json().error.message).toContain('không hợp lệ');
  });

  it('refuses unknown fields by name', async () => {
    const res = await send('POST', '/api/v1/agencies', agencyBody({ isAdmin: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'isAdmin' })]);
  });

  it('refuses a 10 MB body with 413 before reading it all', async () => {
    const res = await send(
      'POST',
      '/api/v1/agencies',
      JSON.stringify(agencyBody({ name: 'x'.repeat(10 * 1024 * 1024) })),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Dữ liệu gửi lên quá lớn');
  });

  it('refuses a name that is too long instead of truncating it', async () => {
    const res = await send('POST', '/api/v1/agencies', agencyBody({ name: 'Đ'.repeat(201) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('name');
  });

  it('stores NFD-encoded Vietnamese as NFC', async () => {
    const nfd = 'Công an phường Kon Tum — Đội Cảnh sát'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const res = await send('POST', '/api/v1/agencies', agencyBody({ name: nfd }));
    expect(res.statusCode).toBe(201);
    const stored = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/agencies/${res.json().id}`,
        headers: { authorization: admin },
      })
    ).json();
    expect(stored.name).toBe(nfd.normalize('NFC'));
    expect(stored.name.normalize('NFC')).toBe(stored.name);
    expect(stored.units).toEqual([
      expect.objectContaining({ id: here, code: '23293', name: 'Phường Kon Tum', validTo: null }),
    ]);
    expect(stored.unitIds).toEqual([here]);
  });

  it('refuses an unknown unit without creating the agency', async () => {
    const body = agencyBody({ unitIds: [here, '00000000-0000-4000-8000-000000000000'] });
    const res = await send('POST', '/api/v1/agencies', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('unitIds');
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { authorization: admin } })
    ).json();
    expect(list.data.map((a: { code: string }) => a.code)).not.toContain(body.code);
  });

  it('turns a stale version into 409 and keeps the first edit', async () => {
    const created = (await send('POST', '/api/v1/agencies', agencyBody())).json();
    const first = await send('PUT', `/api/v1/agencies/${created.id}`, {
      ...agencyBody({ code: created.code, name: 'Sửa lần một' }),
      version: created.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await send('PUT', `/api/v1/agencies/${created.id}`, {
      ...agencyBody({ code: created.code, name: 'Sửa lần hai' }),
      version: created.version,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('người khác');
    const now = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/agencies/${created.id}`,
        headers: { authorization: admin },
      })
    ).json();
    expect(now).toMatchObject({ name: 'Sửa lần một', version: created.version + 1 });
  });

  it('records a change and its audit row together', async () => {
    const created = (await send('POST', '/api/v1/agencies', agencyBody())).json();
    const trail = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?recordId=${created.id}`,
        headers: { authorization: admin },
      })
    ).json();
    expect(trail.data).toEqual([
      expect.objectContaining({
        action: 'agency.create',
        recordType: 'agency',
        after: expect.objectContaining({ code: created.code }),
      }),
    ]);
  });

  it('answers unknown API paths and bad ids with 404/400, never 500', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' })).statusCode).toBe(404);
    const badId = await t.app.inject({
      method: 'GET',
      url: '/api/v1/agencies/abc',
      headers: { authorization: admin },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('id');
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agencies',
      payload: '<code>1</code>',
      headers: { authorization: admin, 'content-type': 'application/xml' },
    });
    expect(wrongType.statusCode).toBe(415);
  });

  it('answers in English when the client asks for it, Vietnamese otherwise', async () => {
    const en = { 'accept-language': 'en-US,en;q=0.9,vi;q=0.5' };
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'khong.ai', password: 'x' },
      headers: en,
    });
    expect(login.json().error.message).toBe('Wrong username or password');
    const bad = await send(
      'POST',
      '/api/v1/agencies',
      { code: 12, name: 'Đội', kind: 'commune_police', unitIds: [here], x: 1 },
      en,
    );
    expect(bad.json().error.message).toBe('Invalid data, check the fields listed');
    const details = bad.json().error.details;
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'code', message: 'Invalid input: expected string, received number' },
        { path: 'x', message: 'Unrecognized key: "x"' },
      ]),
    );
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agencies/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
      headers: { authorization: admin, ...en },
    });
    expect(missing.json().error.message).toBe('Agency not found');
    const vi = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'khong.ai', password: 'x' },
      headers: { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.8' },
    });
    expect(vi.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('pcmt_http_request_duration_seconds');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/units', '/api/v1/auth/login', '/api/v1/units/{id}/successors']),
    );
  });
});

describeEachBackend('security headers over plain HTTP', (getDb) => {
  it('does not force HTTPS on a plain-HTTP deployment (LAN address), but keeps a strict CSP', async () => {
    const t = await createTestApp(getDb());
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describeEachBackend('metrics exposure', (getDb) => {
  it('serves /metrics to loopback only, or to the holder of the metrics token', async () => {
    const open = await createTestApp(getDb());
    expect(
      (await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode,
    ).toBe(200);
    expect(
      (await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' })).statusCode,
    ).toBe(404);
    const token = 'scraper-token-0123456789';
    const guarded = await createTestApp(getDb(), { metricsToken: token });
    const remote = { remoteAddress: '10.1.2.3' };
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics', ...remote })).statusCode).toBe(404);
    const ok = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      ...remote,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('pcmt_process_cpu');
  });
});
