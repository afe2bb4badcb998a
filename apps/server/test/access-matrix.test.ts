import { randomUUID } from 'node:crypto';
import { type AgencyKind, isPermitted, type Role, roles, unscopedPermissions } from '@pcmt/contracts';
import { beforeAll, expect, it } from 'vitest';
import type { RegisteredRoute } from '../src/http/auth-hook.ts';
import type { Actor } from '../src/modules/access/actor.ts';
import { serverRegisters } from '../src/registers/index.ts';
import type { MatrixWorld } from '../src/registers/register.ts';
import {
  agencyKindOf,
  isRawSample,
  MATRIX_CITING_TYPE,
  MATRIX_RECORD,
  MATRIX_RECORD_TYPE,
  type Sample,
  sampleBodies,
} from './access-matrix.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * Walks every registered /api route × every role × a record inside and outside the actor's commune.
 * Every actor's agency covers Phường Kon Tum (23293); the out-of-scope records belong to Xã Đăk Hà (23500).
 */
describeEachBackend('access matrix: every route × role × jurisdiction', (getDb) => {
  let t: TestApp;
  const bearer = {} as Record<Role, string>;
  type Pair = { in: string; out: string };
  const records: { agency: Pair; user: Pair } & Record<string, Pair> = {
    agency: { in: '', out: '' },
    user: { in: '', out: '' },
  };
  /** Each register's write samples with the `current` reader of its own records. */
  const registerSamples: Record<
    string,
    { sample: Sample; current: (id: string) => Promise<Record<string, unknown>> }
  > = {};
  let here = '';
  let adminAuth = '';

  beforeAll(async () => {
    t = await createTestApp(getDb());
    here = await unitId(t.db, '23293');
    const there = await unitId(t.db, '23500');
    for (const role of roles) {
      const agencyId = await createAgency(t.db, { kind: agencyKindOf[role] as AgencyKind, unitIds: [here] });
      const user = await createUser(t.db, { agencyId, roles: [role] });
      bearer[role] = await bearerFor(t.services, user, agencyId, t.db);
    }
    adminAuth = bearer.admin;
    const inAgency = await createAgency(t.db, { kind: 'ubnd', unitIds: [here], name: 'UBND phường Kon Tum' });
    const outAgency = await createAgency(t.db, {
      kind: 'commune_police',
      unitIds: [there],
      name: 'Công an xã Đăk Hà',
    });
    records.agency = { in: inAgency, out: outAgency };
    records.user = {
      in: (await createUser(t.db, { agencyId: inAgency, roles: ['commune_committee'] })).id,
      out: (await createUser(t.db, { agencyId: outAgency, roles: ['commune_police'] })).id,
    };
    // The registers: one record in Phường Kon Tum, one in Xã Đăk Hà, each written by a local officer.
    const officer = async (agencyId: string): Promise<Actor> => {
      const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
      return {
        userId: u.id,
        username: u.username,
        agencyId,
        roles: ['drug_police'],
        via: 'token',
        requestId: 'matrix',
        ip: null,
      };
    };
    const world: MatrixWorld = {
      db: t.db,
      actorIn: await officer(await createAgency(t.db, { kind: 'drug_police', unitIds: [here] })),
      actorOut: await officer(await createAgency(t.db, { kind: 'drug_police', unitIds: [there] })),
      here,
      there,
    };
    // The files platform, through a stand-in record type: an attachment in scope and one out of it.
    t.services.attachments.registerRecordType(MATRIX_RECORD_TYPE, {
      readable: async (_actor, id) => id === MATRIX_RECORD,
    });
    const attach = (recordId: string) =>
      t.db.transaction((tx) =>
        t.services.attachments.attach(
          world.actorIn,
          { recordType: MATRIX_RECORD_TYPE, recordId },
          { filename: 'ma-tran.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
          { tx },
        ),
      );
    records.attachment = {
      in: (await attach(MATRIX_RECORD)).id,
      out: (await attach('00000000-0000-4000-8000-00000000dead')).id,
    };
    // Citations of documents, from the stand-in citing record type (see MATRIX_CITING_TYPE).
    t.services.attachments.registerRecordType(MATRIX_CITING_TYPE, { readable: async () => true });
    const services = t.services.registers as unknown as Record<string, unknown>;
    for (const r of serverRegisters) {
      const service = services[r.key] as never;
      records[r.contract.recordType] = await r.matrix.records(service, world);
      for (const [key, sample] of Object.entries(r.matrix.samples))
        registerSamples[key] = {
          sample: sample as Sample,
          current: (id) => r.matrix.current(service, world, id),
        };
    }
    const documents = t.services.registers.documents;
    const cite = async (documentId: string) =>
      (
        await documents.cite(
          world.actorIn,
          documentId,
          { recordType: MATRIX_CITING_TYPE, recordId: randomUUID() },
          t.services.attachments,
        )
      ).id;
    records.document_citation = {
      in: await cite(records.document!.in),
      out: await cite(records.document!.out),
    };
  });

  const current = async (id: string) => {
    const agencies = records.agency;
    if (id === 'agency-template')
      return { id: agencies.in, unitIds: (await get(`/api/v1/agencies/${agencies.in}`)).unitIds };
    const kind = Object.values(agencies).includes(id) ? 'agencies' : 'users';
    return get(`/api/v1/${kind}/${id}`);
  };
  const get = async (url: string) =>
    (await t.app.inject({ method: 'GET', url, headers: { authorization: adminAuth } })).json();

  async function call(route: RegisteredRoute, auth: string | null, record: string | null) {
    const url = route.url.replace(':id', record ?? '00000000-0000-4000-8000-000000000000');
    const key = `${route.method} ${route.url}`;
    const own = registerSamples[key];
    const sample = sampleBodies[key] ?? own?.sample;
    if (route.method !== 'GET' && !sample)
      throw new Error(`${key}: no sample body (test/access-matrix.ts, or the register's matrix.samples)`);
    // A register's sample may read its `:id` record; an anonymous call has none (and is refused before the body).
    const payload =
      own && auth === null
        ? {}
        : sample
          ? ((await sample({
              record,
              here,
              services: t.services,
              current: own?.current ?? current,
            })) as object)
          : undefined;
    const authorization = auth ? { authorization: auth } : {};
    if (isRawSample(payload))
      return t.app.inject({
        method: route.method as 'POST',
        url: `${url}?${payload.query}`,
        payload: payload.raw,
        headers: { ...payload.headers, ...authorization },
      });
    const res = await t.app.inject({
      method: route.method as 'GET',
      url,
      ...(payload ? { payload } : {}),
      headers: authorization,
    });
    return res;
  }

  it('covers every route, with a Vietnamese error body on every refusal', async () => {
    const routes = t.app.accessRoutes;
    expect(routes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const route of routes) {
      const spec = route.access;
      const anon = await call(route, null, null);
      if (spec.kind !== 'public' && anon.statusCode !== 401)
        failures.push(`${route.method} ${route.url} anonymous → ${anon.statusCode}`);
      if (anon.statusCode >= 500)
        failures.push(`${route.method} ${route.url} anonymous → ${anon.statusCode}`);
      if (spec.kind === 'public') continue;
      for (const role of roles) {
        const recordType = spec.kind === 'permission' || spec.kind === 'signed_in' ? spec.record : undefined;
        const scopes: ('in' | 'out' | null)[] = recordType ? ['in', 'out'] : [null];
        for (const scope of scopes) {
          const record = scope && recordType ? (records[recordType]?.[scope] ?? 'missing') : null;
          const res = await call(route, bearer[role], record);
          const expected = expectedStatus(spec, role, scope);
          const ok =
            expected === '2xx' ? res.statusCode >= 200 && res.statusCode < 300 : res.statusCode === expected;
          if (!ok)
            failures.push(
              `${route.method} ${route.url} ${role} ${scope ?? ''} → ${res.statusCode}, expected ${expected}: ${res.body.slice(0, 160)}`,
            );
          if (res.statusCode >= 400 && !/[à-ỹđ]/i.test(res.json().error?.message ?? ''))
            failures.push(`${route.method} ${route.url} ${role}: message not Vietnamese`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 404 to a Công an xã officer asking for a record of another commune', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agencies/${records.agency.out}`,
      headers: { authorization: bearer.commune_police },
    });
    expect(res.statusCode).toBe(404);
    expect(JSON.stringify(res.json())).not.toContain('Đăk Hà');
    const mine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agencies/${records.agency.in}`,
      headers: { authorization: bearer.commune_police },
    });
    expect(mine.statusCode).toBe(200);
    // Other users' accounts (lock and 2FA state) are not a commune officer's business.
    const account = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${records.user.in}`,
      headers: { authorization: bearer.commune_police },
    });
    expect(account.statusCode).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/agencies',
      headers: { authorization: bearer.commune_police },
    });
    expect(list.json().data.map((a: { id: string }) => a.id)).not.toContain(records.agency.out);
  });
});

function expectedStatus(
  spec: RegisteredRoute['access'],
  role: Role,
  scope: 'in' | 'out' | null,
): number | '2xx' {
  // Sign-in steps belong to a browser session: an API token is refused.
  if (spec.kind === 'session') return 403;
  // Any signed-in caller; a route with a record of its own (attachments) follows that record: out → 404.
  if (spec.kind === 'signed_in') return scope === 'out' ? 404 : '2xx';
  if (spec.kind !== 'permission') return '2xx';
  if (!isPermitted(role, spec.permission)) return 403;
  // Sensitive routes need a session that just re-entered its password: a token is always refused, before
  // any record is looked up (so the refusal says nothing about the record). `auth.test.ts` covers sessions.
  if (spec.reauth) return 403;
  if (scope === 'out' && !(unscopedPermissions[role]?.includes(spec.permission) ?? false)) return 404;
  return '2xx';
}
