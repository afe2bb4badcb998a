import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { seedDemo } from '../src/cli/demo-seed.ts';
import { createTokenCommand, createUserCommand, resetPasswordCommand } from '../src/cli/user-commands.ts';
import { ensureBootstrapAdmin } from '../src/modules/access/bootstrap.ts';
import { BOOTSTRAP_AGENCY_CODE, ensureSystemAccount } from '../src/modules/access/system-account.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import {
  type Browser,
  browserHeaders,
  createTestApp,
  createUser,
  reauthenticate,
  signInFully,
  type TestApp,
  unitId,
} from './fixtures.ts';

/**
 * The CLI, the first-admin bootstrap and the demo seed act as the built-in `system` account through the same
 * service methods as the HTTP routes: one action, one audit shape (same action, same fields), whoever
 * triggers it; only the actor and the request id say who and through what.
 */
type AuditRow = {
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  recordId: string | null;
  before: unknown;
  after: Record<string, unknown> | null;
  requestId: string | null;
};

const auditRows = (db: Db, action: string, recordId?: string) =>
  queryRows<AuditRow>(
    db,
    sql`select actor_user_id as "actorUserId", actor_username as "actorUsername", action,
               record_id as "recordId", before, after, request_id as "requestId"
          from audit_event where action = ${action} ${recordId ? sql`and record_id = ${recordId}` : sql``}
         order by id`,
  );
const one = async (db: Db, action: string, recordId: string) => {
  const rows = await auditRows(db, action, recordId);
  expect(rows, `${action} ${recordId}`).toHaveLength(1);
  return rows[0]!;
};
const fields = (row: AuditRow) => ({
  action: row.action,
  before: row.before,
  after: Object.keys(row.after ?? {}).sort(),
});

const PASSWORD = 'Sông Đăk Bla mùa nước lớn 2026';

describeEachBackend('the system actor', (getDb) => {
  let t: TestApp;
  let adminAgencyId: string;
  let admin: Browser;
  let systemId: string;
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, headers: browserHeaders(admin) });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: browserHeaders(admin) });

  beforeAll(async () => {
    t = await createTestApp(getDb());
    // The CLI and the seed print what they created (passwords included): not into the test log.
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('creates the first admin on an empty system through users.create, the system as actor', async () => {
    const first = await ensureBootstrapAdmin(t.db);
    expect(first?.username).toBe('admin');
    expect(await ensureBootstrapAdmin(t.db)).toBeNull();
    const system = await ensureSystemAccount(t.db);
    systemId = system.id;
    adminAgencyId = system.agencyId;
    const [created] = (await auditRows(t.db, 'user.create')).filter((r) => r.after?.username === 'admin');
    expect(created).toMatchObject({ actorUserId: system.id, actorUsername: 'system' });
    expect(created!.requestId).toMatch(/^start:first admin/);
    expect(created!.after).toMatchObject({ roles: ['admin'], agencyId: system.agencyId, status: 'active' });
    // The system account's own creation: the same shape, by itself.
    const own = await one(t.db, 'user.create', system.id);
    expect(fields(own)).toEqual(fields(created!));
    expect(own.after).toMatchObject({ username: 'system', status: 'disabled' });

    // An administrator for the API side of the comparisons below.
    const person = await createUser(t.db, { agencyId: adminAgencyId, roles: ['admin'] });
    admin = await signInFully(t.app, person.username);
    await reauthenticate(t.app, admin);
  });

  it('a user created by `pcmt user create` and by POST /users leave the same audit row, actor system for the CLI', async () => {
    const input = { roles: ['commune_police'] as const, password: PASSWORD };
    const viaApi = await post('/api/v1/users', {
      username: 'qua.api',
      displayName: 'Qua API',
      agencyId: adminAgencyId,
      ...input,
      roles: [...input.roles],
    });
    expect(viaApi.statusCode, viaApi.body).toBe(201);
    const viaCli = await createUserCommand(t.services, t.db, {
      username: 'qua.cli',
      role: [...input.roles],
      agency: BOOTSTRAP_AGENCY_CODE,
      name: 'Qua dòng lệnh',
      password: PASSWORD,
    });
    const api = await one(t.db, 'user.create', viaApi.json().id);
    const cli = await one(t.db, 'user.create', viaCli.id);
    expect(fields(cli)).toEqual(fields(api));
    expect(api.actorUsername).toBe(admin.me.user.username);
    expect(cli).toMatchObject({ actorUserId: systemId, actorUsername: 'system' });
    expect(cli.requestId).toMatch(/^cli:user create/);
    // The CLI's own wording for a taken name, as before it went through the service.
    await expect(
      createUserCommand(t.services, t.db, {
        username: 'qua.cli',
        role: ['commune_police'],
        agency: BOOTSTRAP_AGENCY_CODE,
        password: PASSWORD,
      }),
    ).rejects.toThrow('--username: tài khoản "qua.cli" đã tồn tại');
  });

  it('a token minted by `pcmt token create` leaves the API’s audit row shape, the system as actor, the owner inside', async () => {
    const viaApi = await post('/api/v1/auth/tokens', { name: 'Tích hợp' });
    expect(viaApi.statusCode, viaApi.body).toBe(201);
    await createTokenCommand(t.services, t.db, { username: 'qua.cli', name: 'CLI' });
    const rows = await auditRows(t.db, 'token.create');
    const api = rows.find((r) => r.recordId === viaApi.json().id)!;
    const cli = rows.at(-1)!;
    expect(fields(cli)).toEqual(fields(api));
    expect(api.after).toMatchObject({ userId: admin.me.user.id, name: 'Tích hợp' });
    expect(cli).toMatchObject({ actorUserId: systemId, actorUsername: 'system' });
    expect(cli.after?.userId).not.toBe(systemId);
    expect(cli.requestId).toMatch(/^cli:token create/);
  });

  it('`pcmt user reset-password` and POST /users/:id/reset-password leave the same audit row; system is unknown there', async () => {
    const target = (await get('/api/v1/users?q=qua.cli')).json().data[0] as { id: string };
    const viaApi = await post(`/api/v1/users/${target.id}/reset-password`, {});
    expect(viaApi.statusCode, viaApi.body).toBe(200);
    await resetPasswordCommand(t.services, t.db, { username: 'qua.cli' });
    const [api, cli] = await auditRows(t.db, 'user.password_reset', target.id);
    expect(fields(cli!)).toEqual(fields(api!));
    expect(cli).toMatchObject({ actorUserId: systemId, actorUsername: 'system' });
    expect(cli!.requestId).toMatch(/^cli:user reset-password/);
    await expect(resetPasswordCommand(t.services, t.db, { username: 'system' })).rejects.toThrow(
      '--username: không có tài khoản "system"',
    );
  });

  it('the system account is in no list or count, cannot be read, reset or taken as a name', async () => {
    const listed = await get('/api/v1/users?pageSize=100');
    expect(listed.statusCode).toBe(200);
    const page = listed.json() as { data: { username: string; status: string }[]; total: number };
    expect(page.data.map((u) => u.username)).not.toContain('system');
    expect(page.total).toBe(page.data.length);
    expect((await get('/api/v1/users?q=system')).json().total).toBe(0);
    expect((await get('/api/v1/users?status=disabled')).json().total).toBe(0);
    expect((await get(`/api/v1/users/${systemId}`)).statusCode).toBe(404);
    expect((await post(`/api/v1/users/${systemId}/reset-password`, {})).statusCode).toBe(404);
    expect((await post(`/api/v1/users/${systemId}/unlock`, {})).statusCode).toBe(404);
    const home = (await get('/api/v1/home')).json() as { figures: { key: string; value: number }[] };
    const active = page.data.filter((u) => u.status === 'active').length;
    expect(home.figures.find((f) => f.key === 'users')?.value).toBe(active);
    const taken = await post('/api/v1/users', {
      username: 'system',
      displayName: 'Giả danh hệ thống',
      agencyId: adminAgencyId,
      roles: ['admin'],
      password: PASSWORD,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details).toEqual([
      { path: 'username', message: 'Tên đăng nhập đã tồn tại', messageId: 'user.usernameTaken' },
    ]);
  });

  it('the demo seed creates agencies and accounts as the system with the API’s audit shapes; demo records by demo officers', async () => {
    const viaApi = await post('/api/v1/agencies', {
      code: 'QUA-API',
      name: 'Cơ quan tạo qua API',
      kind: 'commune_police',
      unitIds: [await unitId(t.db, '23293')],
    });
    expect(viaApi.statusCode, viaApi.body).toBe(201);
    // Forced: the accounts created above are real records.
    await seedDemo(t.services, t.db, { env: 'development', force: true });
    const agencies = await auditRows(t.db, 'agency.create');
    const api = agencies.find((r) => r.recordId === viaApi.json().id)!;
    const demo = agencies.find((r) => r.after?.code === 'DEMO-PC04')!;
    expect(fields(demo)).toEqual(fields(api));
    expect(demo).toMatchObject({ actorUserId: systemId, actorUsername: 'system' });
    expect(demo.after).toMatchObject({ isDemo: true });
    expect(demo.requestId).toMatch(/^cli:seed --demo/);
    const users = await auditRows(t.db, 'user.create');
    const demoUser = users.find((r) => r.after?.username === 'demo.pc04')!;
    const apiUser = users.find((r) => r.after?.username === 'qua.api')!;
    expect(fields(demoUser)).toEqual(fields(apiUser));
    expect(demoUser.actorUsername).toBe('system');
    // Register records: written by the demo officers, the seed named as what ran them.
    const records = await queryRows<{ actor: string }>(
      t.db,
      sql`select actor_username as actor from audit_event
           where request_id like 'cli:seed --demo%' and actor_username <> 'system'`,
    );
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.actor).toMatch(/^demo\./);
  });
});
