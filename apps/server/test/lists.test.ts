import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { agencyListQuery, userListQuery } from '@pcmt/contracts';
import { beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import type { Actor } from '../src/modules/access/actor.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const admin = (userId: string, agencyId: string): Actor => ({
  userId,
  username: 'list.admin',
  agencyId,
  roles: ['admin'],
  via: 'session',
  requestId: 'lists-test',
  ip: null,
});

describeEachBackend('server-side lists (users, agencies)', (getDb) => {
  let t: TestApp;
  let actor: Actor;
  let agencyA: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    const here = await unitId(t.db, '23293');
    agencyA = await createAgency(t.db, { unitIds: [here], name: 'Công an phường Đăk Bla thử' });
    const agencyB = await createAgency(t.db, { unitIds: [here], name: 'Ban Chỉ đạo thử', kind: 'ubnd' });
    const me = await createUser(t.db, { agencyId: agencyA, roles: ['admin'], username: 'list.admin' });
    actor = admin(me.id, agencyA);
    for (let i = 0; i < 25; i++)
      await createUser(t.db, {
        agencyId: i % 5 === 0 ? agencyB : agencyA,
        roles: [i % 2 ? 'commune_police' : 'commune_committee'],
        username: `list.u${String(i).padStart(2, '0')}`,
      });
  });

  it('pages users with the total of the filtered set, sorted on the server', async () => {
    const q = userListQuery.parse({ q: 'list.u', pageSize: '10', page: '2' });
    const page = await t.services.users.list(actor, q);
    expect(page.total).toBe(25);
    expect(page.data.map((u) => u.username)).toEqual(
      Array.from({ length: 10 }, (_, i) => `list.u${String(i + 10).padStart(2, '0')}`),
    );
    const desc = await t.services.users.list(
      actor,
      userListQuery.parse({ q: 'list.u', sort: 'username', order: 'desc', pageSize: '3' }),
    );
    expect(desc.data.map((u) => u.username)).toEqual(['list.u24', 'list.u23', 'list.u22']);
  });

  it('filters users by role, agency, status and accent-free search', async () => {
    const byRole = await t.services.users.list(
      actor,
      userListQuery.parse({ q: 'list.u', role: 'commune_police' }),
    );
    expect(byRole.total).toBe(12);
    const byAgency = await t.services.users.list(actor, userListQuery.parse({ agencyId: agencyA }));
    expect(byAgency.total).toBe(21); // 20 officers + the admin
    const folded = await t.services.users.list(actor, userListQuery.parse({ q: 'dak bla' }));
    expect(folded.total).toBe(21);
    const locked = await t.services.users.list(actor, userListQuery.parse({ status: 'locked' }));
    expect(locked.total).toBe(0);
  });

  it('pages and filters agencies', async () => {
    const page = await t.services.agencies.list(actor, agencyListQuery.parse({ kind: 'ubnd', q: 'thu' }));
    expect(page.data.map((a) => a.name)).toEqual(['Ban Chỉ đạo thử']);
    expect(page.total).toBe(1);
  });

  it('keeps one audit row per user listing, with the filter', async () => {
    await t.services.users.list(actor, userListQuery.parse({ q: 'audit-me' }));
    const trail = await t.services.audit.list(actor, { action: 'user.list', limit: 1 });
    expect(trail.data[0]?.after).toMatchObject({ filter: { q: 'audit-me' }, returned: 0, total: 0 });
    expect(trail.names[actor.userId]).toMatch(/\(list\.admin\)$/);
  });

  it('answers the paged shape over HTTP and refuses an unknown sort key', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/users?sort=password' });
    expect([400, 401]).toContain(bad.statusCode);
  });
});

describeEachBackend('built web app', (getDb) => {
  // On both backends (a skipped test fails CI): static serving does not touch the database anyway.
  it('sends the precompressed file with long caching for hashed assets, no-cache for index.html', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'pcmt-web-'));
    mkdirSync(path.join(dist, 'assets'));
    const js = 'console.log("xin chào");'.repeat(200);
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>PCMT</title>');
    writeFileSync(path.join(dist, 'assets', 'index-AbCd1234.js'), js);
    writeFileSync(path.join(dist, 'assets', 'index-AbCd1234.js.gz'), gzipSync(js));
    const { services } = await createTestApp(getDb());
    const app = await buildApp({
      database: getDb(),
      services,
      logger: false,
      sessionHours: 12,
      sessionIdleMinutes: 30,
      secureCookies: false,
      webDist: dist,
    });
    const asset = await app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(asset.headers.vary)).toMatch(/accept-encoding/i);
    expect(asset.rawPayload.length).toBeLessThan(js.length);
    const plain = await app.inject({ url: '/assets/index-AbCd1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    // Brotli first when the build has it; a coding refused with q=0 is not sent.
    writeFileSync(path.join(dist, 'assets', 'app-EfGh5678.css'), 'body{color:red}');
    writeFileSync(path.join(dist, 'assets', 'app-EfGh5678.css.br'), brotliCompressSync('body{color:red}'));
    writeFileSync(path.join(dist, 'assets', 'app-EfGh5678.css.gz'), gzipSync('body{color:red}'));
    const again = await buildApp({
      database: getDb(),
      services,
      logger: false,
      sessionHours: 12,
      sessionIdleMinutes: 30,
      secureCookies: false,
      webDist: dist,
    });
    const css = await again.inject({
      url: '/assets/app-EfGh5678.css',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(css.headers['content-encoding']).toBe('br');
    expect(String(css.headers['content-type'])).toMatch(/^text\/css/);
    expect(brotliDecompressSync(css.rawPayload).toString()).toBe('body{color:red}');
    const noBrotli = await again.inject({
      url: '/assets/app-EfGh5678.css',
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    // A file that is not in the build is a 404, not the app's page (a module script answered with HTML).
    const missing = await again.inject({ url: '/assets/gone-Zz998877.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>PCMT</title>');
    const traversal = await again.inject({ url: '/assets/..%2findex.html' });
    expect(traversal.statusCode).toBe(404);
    await again.close();
    const spa = await app.inject({ url: '/audit?action=user.update' });
    expect(spa.headers['cache-control']).toBe('no-cache');
    expect(spa.body).toContain('<title>PCMT</title>');
    await app.close();
  });
});
