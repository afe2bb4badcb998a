import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { todayInVietnam } from '../src/platform/clock.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const today = todayInVietnam();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** Support to commune police through the HTTP API (issue 11 item 6): record, figures by kind and commune, refusals. */
describeEachBackend('support register', (getDb) => {
  let t: TestApp;
  let ward: string;
  let dakHaUnit: string;
  let pc04: string; // province-wide
  let committee: string; // UBND phường Kon Tum
  let police: string; // Công an phường Kon Tum: reads only
  let dakHa: string; // UBND xã Đăk Hà

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: 'drug_police' | 'commune_committee' | 'commune_police') => {
    const kind = role === 'commune_committee' ? 'ubnd' : role;
    const agencyId = await createAgency(t.db, { kind, unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const body = (extra: Record<string, unknown> = {}) => ({
    unitId: ward,
    on: daysAgo(5),
    kind: 'rapid_test',
    description: 'Que test nhanh 4 chân',
    quantity: 300,
    quantityUnit: 'que',
    valueVnd: 7_500_000,
    source: 'province_budget',
    decisionRef: '310/QĐ-CAT',
    ...extra,
  });
  const path = (res: {
    statusCode: number;
    body: string;
    json: () => { error: { details: { path: string }[] } };
  }) => {
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error.details.map((d) => d.path);
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    dakHaUnit = await unitId(t.db, '23500', today);
    pc04 = await officer([await unitId(t.db, '51', today)], 'drug_police');
    committee = await officer([ward], 'commune_committee');
    police = await officer([ward], 'commune_police');
    dakHa = await officer([dakHaUnit], 'commune_committee');
  });

  it('records support and counts it by kind, source and commune', async () => {
    const a = await call('POST', '/support', pc04, body());
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      kind: 'rapid_test',
      quantity: 300,
      quantityUnit: 'que',
      valueVnd: 7_500_000,
    });
    await call(
      'POST',
      '/support',
      pc04,
      body({
        unitId: dakHaUnit,
        kind: 'vehicle',
        quantity: 2,
        quantityUnit: 'chiếc',
        valueVnd: 64_000_000,
        source: 'central',
      }),
    );
    const funds = await call(
      'POST',
      '/support',
      committee,
      body({
        kind: 'funds',
        quantity: null,
        quantityUnit: null,
        valueVnd: 30_000_000,
        source: 'commune_budget',
      }),
    );
    expect(funds.statusCode, funds.body).toBe(201);
    await call('POST', '/support', committee, body({ on: daysAgo(400), valueVnd: 1 }));

    const stats = (await call('GET', `/support/statistics?from=${daysAgo(30)}&to=${today}`, pc04)).json();
    expect(stats.totals).toEqual({ count: 3, valueVnd: 101_500_000 });
    expect(stats.byKind.find((r: { kind: string }) => r.kind === 'funds')).toEqual({
      kind: 'funds',
      count: 1,
      valueVnd: 30_000_000,
    });
    expect(
      stats.byUnit.map((r: { unit: { code: string }; valueVnd: number }) => [r.unit.code, r.valueVnd]),
    ).toEqual([
      ['23500', 64_000_000],
      ['23293', 37_500_000],
    ]);
    // The commune committee counts its commune only.
    const local = (
      await call('GET', `/support/statistics?from=${daysAgo(30)}&to=${today}`, committee)
    ).json();
    expect(local.totals).toEqual({ count: 2, valueVnd: 37_500_000 });
    const list = (await call('GET', `/support?kind=rapid_test&from=${daysAgo(30)}`, police)).json();
    expect(list.total).toBe(1);

    const id = a.json().id;
    await call('GET', `/support/${id}`, police);
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${id} order by id`,
    );
    expect(actions.map((r) => r.action)).toEqual(['support.create', 'support.read']);
  });

  it('refuses out-of-scope (404), wrong role (403), stale versions (409) and bad input (400), writing nothing', async () => {
    const s = (await call('POST', '/support', committee, body())).json();
    expect((await call('GET', `/support/${s.id}`, dakHa)).statusCode).toBe(404);
    expect((await call('PUT', `/support/${s.id}`, dakHa, { ...body(), version: s.version })).statusCode).toBe(
      404,
    );
    expect((await call('POST', '/support', police, body())).statusCode).toBe(403);
    expect(path(await call('POST', '/support', dakHa, body()))).toEqual(['unitId']);
    // The receiving unit is a commune: the province is refused.
    expect(
      path(await call('POST', '/support', pc04, body({ unitId: await unitId(t.db, '51', today) }))),
    ).toEqual(['unitId']);
    const ok = await call('PUT', `/support/${s.id}`, committee, {
      ...body({ valueVnd: 8_000_000 }),
      version: s.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await call('PUT', `/support/${s.id}`, committee, { ...body(), version: s.version })).statusCode,
    ).toBe(409);

    const count = async () => (await call('GET', '/support', committee)).json().total;
    const before = await count();
    expect(path(await call('POST', '/support', committee, body({ quantityUnit: null })))).toEqual([
      'quantityUnit',
    ]);
    expect(path(await call('POST', '/support', committee, body({ kind: 'funds', valueVnd: null })))).toEqual([
      'valueVnd',
    ]);
    const negative = await call('POST', '/support', committee, body({ valueVnd: -5 }));
    expect(path(negative)).toEqual(['valueVnd']);
    expect(negative.json().error.details[0].message).toContain('không âm');
    expect(path(await call('POST', '/support', committee, body({ quantity: 0 })))).toEqual(['quantity']);
    expect(path(await call('POST', '/support', committee, body({ on: daysAgo(-3) })))).toEqual(['on']);
    expect(path(await call('POST', '/support', committee, body({ kind: 'money' })))).toEqual(['kind']);
    expect(path(await call('POST', '/support', committee, body({ description: 'x'.repeat(2001) })))).toEqual([
      'description',
    ]);
    expect(
      (await call('POST', '/support', committee, body({ description: 'Que\u0007test' }))).statusCode,
    ).toBe(400);
    expect(await count()).toBe(before);
    expect((await call('GET', `/support/${s.id}`, committee)).json()).toMatchObject({ valueVnd: 8_000_000 });
  });
});
