import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.ts';
import { buildApp } from '../src/http/app.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { createServices } from '../src/services.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, createTestApp, createUser, TEST_PASSWORD, testKeyring, unitId } from './fixtures.ts';

/**
 * The attacks of the foundation's security review (issue 5) at the HTTP edge — proxies, cookies, logs, the
 * router's own refusals — each replayed against the real app (see docs/SECURITY.md, "Attack tests"). The
 * sign-in attacks are in `sign-in-attacks.test.ts`.
 */
describeEachBackend('proxies, cookies and logs', (getDb) => {
  it('3. believes X-Forwarded-For only from a configured proxy', async () => {
    // As deployed: the proxy list comes from PCMT_TRUST_PROXY (before the fix only `true`/`false` existed,
    // and `true` believed whatever the client wrote).
    const { trustProxy } = loadConfig({ PCMT_TRUST_PROXY: '10.0.0.2' });
    const t = await createTestApp(getDb(), { trustProxy, authPerMinute: 3 });
    const metrics = (remoteAddress: string, xff: string) =>
      t.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers: { 'x-forwarded-for': xff } });
    expect((await metrics('203.0.113.9', '127.0.0.1')).statusCode).toBe(404);
    // Through the proxy, a client-written 127.0.0.1 sits left of the address the proxy saw and appended.
    expect((await metrics('10.0.0.2', '127.0.0.1, 203.0.113.9')).statusCode).toBe(404);
    expect((await metrics('127.0.0.1', '')).statusCode).toBe(200);
    // Rotating the header does not rotate the rate-limit bucket.
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
        payload: { username: 'doan.mo', password: `thu-${i}` },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(3)).toEqual([429, 429]);
    // The audit trail records the address the trusted proxy saw, not what the client wrote.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': '6.6.6.6, 192.0.2.44' },
      payload: { username: 'qua.proxy', password: 'x' },
    });
    const rows = await queryRows<{ ip: string }>(
      t.db,
      sql`select ip from audit_event where after->>'username' = 'qua.proxy'`,
    );
    expect(rows.map((r) => r.ip)).toEqual(['192.0.2.44']);
    await t.app.close();
  });

  it('3. refuses PCMT_TRUST_PROXY=true and reads addresses, ranges or a hop count', () => {
    expect(() => loadConfig({ PCMT_TRUST_PROXY: 'true' })).toThrow(/X-Forwarded-For/);
    expect(() => loadConfig({ PCMT_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/PCMT_TRUST_PROXY/);
    expect(loadConfig({ PCMT_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
    expect(loadConfig({ PCMT_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({}).sessionIdleMinutes).toBe(30);
  });

  it('uses a __Host- cookie over HTTPS and clears it with the same attributes', async () => {
    const t = await createTestApp(getDb(), { secureCookies: true });
    const agencyId = await createAgency(t.db, { unitIds: [await unitId(t.db, '23293')] });
    const u = await createUser(t.db, { agencyId, roles: ['commune_committee'] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: u.username, password: TEST_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === '__Host-pcmt_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Strict' });
    expect(cookie?.domain).toBeUndefined();
    const headers = { cookie: `__Host-pcmt_session=${cookie!.value}`, 'x-csrf-token': res.json().csrfToken };
    // The plain name is not accepted in secure mode (it could be planted over HTTP).
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { cookie: `pcmt_session=${cookie!.value}` },
        })
      ).statusCode,
    ).toBe(401);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {}, headers });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === '__Host-pcmt_session');
    expect(cleared).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Strict', value: '' });
    await t.app.close();
  });

  it('8. never writes a failed query or its parameters to the log', async () => {
    const lines: string[] = [];
    const database = getDb();
    const app = await buildApp({
      database,
      services: createServices(database.db, testKeyring()),
      logger: { level: 'info', stream: { write: (l: string) => void lines.push(l) } },
      sessionHours: 12,
      sessionIdleMinutes: 30,
      secureCookies: false,
    });
    const secret = '$argon2id$v=19$m=65536,t=3,p=4$bí-mật';
    // A query that fails inside the database with a secret among its parameters, behind a real route.
    app.get('/boom', { config: { access: { kind: 'public' } } }, async () => {
      await database.db.execute(sql`select ${secret}::int`);
    });
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('argon2id');
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('22P02');
    expect(log).not.toContain('argon2id');
    expect(log).not.toContain('bí-mật');
    await app.close();
  });

  it('answers the router’s own refusals (414, bad URL) in the error envelope', async () => {
    const t = await createTestApp(getDb());
    const long = await t.app.inject({ method: 'GET', url: `/api/v1/users/${'a'.repeat(300)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error).toMatchObject({ code: 'bad_request', message: 'Đường dẫn yêu cầu quá dài' });
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/units%' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.requestId).toEqual(expect.any(String));
    // What Node's HTTP parser refuses before Fastify (here: 40 KB of headers) gets the envelope too.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      let out = '';
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET /api/v1/units HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`),
      );
      socket.on('data', (d) => {
        out += String(d);
      });
      socket.on('close', () => resolve(out));
      socket.on('error', (e) => (out ? resolve(out) : reject(e)));
    });
    expect(raw).toMatch(/^HTTP\/1.1 431/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).error.message).toBe(
      'Tiêu đề HTTP của yêu cầu quá lớn',
    );
    await t.app.close();
  });
});
