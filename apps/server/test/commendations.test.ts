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

/**
 * Commendations through the HTTP API (issue 11 item 6): the commune committee proposes and decides, the
 * police chief only proposes, the achievement link obeys the linked register's read rule, counts by level and
 * form, and the refusals every register owes.
 */
describeEachBackend('commendation register', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let dakHaUnit: string;
  let committee: string; // UBND phường Kon Tum: proposes and decides
  let chief: string; // Trưởng Công an phường: proposes only
  let police: string; // Công an phường: hotspots (the achievement), reads commendations
  let dakHa: string; // UBND xã Đăk Hà (another commune)
  let leader: string; // provincial leadership (province-wide)

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (
    units: string[],
    role: 'commune_committee' | 'commune_police_chief' | 'commune_police' | 'leadership',
  ) => {
    const kind =
      role === 'commune_committee' ? 'ubnd' : role === 'leadership' ? 'steering_committee' : 'commune_police';
    const agencyId = await createAgency(t.db, { kind, unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const body = (extra: Record<string, unknown> = {}) => ({
    recipientKind: 'individual',
    personName: 'Y Đức',
    position: 'Trưởng thôn',
    recipientAgency: 'Thôn Kon Klor',
    unitId: ward,
    level: 'commune_chairman',
    form: 'certificate',
    proposedOn: daysAgo(10),
    reason: 'Phát hiện, tố giác điểm bán lẻ ma túy',
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
    committee = await officer([ward], 'commune_committee');
    chief = await officer([ward], 'commune_police_chief');
    police = await officer([ward], 'commune_police');
    dakHa = await officer([dakHaUnit], 'commune_committee');
    leader = await officer([await unitId(t.db, '51', today)], 'leadership');
  });

  it('proposes with an achievement, decides, counts by level and form, keeps the trail', async () => {
    const hotspot = (
      await call('POST', '/hotspots', police, {
        name: 'Điểm bán lẻ thôn Kon Klor',
        behaviours: ['organising_use'],
        detectedOn: daysAgo(20),
        unitId: ward,
      })
    ).json();
    const res = await call('POST', '/commendations', committee, {
      ...body(),
      achievement: { recordType: 'hotspot', id: hotspot.id },
      amountVnd: 500_000,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      status: 'proposed',
      recipient: 'Y Đức',
      achievement: { recordType: 'hotspot', id: hotspot.id },
      allowedTransitions: ['decided', 'rejected'],
    });
    const decided = await call('POST', `/commendations/${c.id}/transitions`, committee, {
      to: 'decided',
      on: daysAgo(2),
      decisionNumber: '45/QĐ-UBND',
      decisionIssuer: 'Chủ tịch UBND phường Kon Tum',
      reason: 'Theo đề nghị của Công an phường',
      version: c.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'decided',
      decisionNumber: '45/QĐ-UBND',
      allowedTransitions: [],
    });
    // A decision is final: the refusal names the moves allowed (none).
    const again = await call('POST', `/commendations/${c.id}/transitions`, committee, {
      to: 'rejected',
      on: today,
      reason: 'Nhầm',
      version: decided.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].message).toContain('trạng thái cuối');

    // A collective recorded as already decided (Giấy khen of the commune).
    const collective = await call('POST', '/commendations', committee, {
      ...body({ recipientKind: 'collective', collectiveName: 'Tổ dân phố 3', personName: 'bỏ qua' }),
      decision: {
        decisionNumber: '46/QĐ-UBND',
        decisionDate: daysAgo(1),
        decisionIssuer: 'Chủ tịch UBND phường',
      },
    });
    expect(collective.statusCode, collective.body).toBe(201);
    expect(collective.json()).toMatchObject({
      status: 'decided',
      personName: null,
      recipient: 'Tổ dân phố 3',
    });
    await call('POST', '/commendations', chief, body({ form: 'letter' }));

    const stats = (
      await call('GET', `/commendations/statistics?from=${daysAgo(30)}&to=${today}`, leader)
    ).json();
    expect(stats.decided).toEqual({ collective: 1, individual: 1, total: 2 });
    expect(stats.pending).toBe(1);
    expect(stats.amountVnd).toBe(500_000);
    expect(stats.byLevel.find((r: { level: string }) => r.level === 'commune_chairman')).toMatchObject({
      total: 2,
    });
    expect(stats.byForm.find((r: { form: string }) => r.form === 'certificate')).toMatchObject({
      collective: 1,
      individual: 1,
    });
    const list = (
      await call('GET', '/commendations?status=decided&recipientKind=collective', committee)
    ).json();
    expect(list.total).toBe(1);
    expect((await call('GET', '/commendations?q=45/QĐ', police)).json().total).toBe(1);

    await call('GET', `/commendations/${c.id}`, police);
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${c.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'commendation.create',
      'commendation.transition',
      'commendation.read',
    ]);
    const timeline = (await call('GET', `/commendations/${c.id}/timeline`, committee)).json().data;
    expect(timeline[1]).toMatchObject({ actionLabel: 'Ghi quyết định khen thưởng' });
  });

  it('refuses an achievement the writer cannot read, as if it did not exist', async () => {
    const police2 = await officer([dakHaUnit], 'commune_police');
    const far = (
      await call('POST', '/hotspots', police2, {
        name: 'Điểm ở Đăk Hà',
        behaviours: ['organising_use'],
        detectedOn: daysAgo(20),
        unitId: dakHaUnit,
      })
    ).json();
    expect(
      path(
        await call(
          'POST',
          '/commendations',
          committee,
          body({ achievement: { recordType: 'hotspot', id: far.id } }),
        ),
      ),
    ).toEqual(['achievement.id']);
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect(
      path(
        await call(
          'POST',
          '/commendations',
          committee,
          body({ achievement: { recordType: 'case', id: unknown } }),
        ),
      ),
    ).toEqual(['achievement.id']);
    expect(
      path(
        await call(
          'POST',
          '/commendations',
          committee,
          body({ achievement: { recordType: 'person', id: unknown } }),
        ),
      ),
    ).toEqual(['achievement.recordType']);
  });

  it('refuses out-of-scope (404), wrong role (403), stale versions (409) and bad input (400), writing nothing', async () => {
    const c = (await call('POST', '/commendations', committee, body())).json();
    expect((await call('GET', `/commendations/${c.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/commendations/${c.id}`, dakHa, { ...body(), version: c.version })).statusCode,
    ).toBe(404);
    expect((await call('GET', '/commendations?q=Y Đức', dakHa)).json().total).toBe(0);
    // The police chief proposes but signs nothing; commune police only read.
    const decision = { decisionNumber: '1/QĐ', decisionDate: today, decisionIssuer: 'Chủ tịch' };
    const decide = {
      to: 'decided',
      on: today,
      decisionNumber: '1/QĐ',
      decisionIssuer: 'Chủ tịch',
      reason: 'Khen',
    };
    expect((await call('POST', '/commendations', chief, { ...body(), decision })).statusCode).toBe(403);
    expect(
      (
        await call('POST', `/commendations/${c.id}/transitions`, chief, {
          ...decide,
          version: c.version,
        })
      ).statusCode,
    ).toBe(403);
    expect((await call('POST', '/commendations', police, body())).statusCode).toBe(403);
    // Another commune's area is refused on the field.
    expect(path(await call('POST', '/commendations', dakHa, body()))).toEqual(['unitId']);

    const edited = await call('PUT', `/commendations/${c.id}`, committee, {
      ...body({ reason: 'Sửa' }),
      version: c.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      (await call('PUT', `/commendations/${c.id}`, committee, { ...body(), version: c.version })).statusCode,
    ).toBe(409);

    const count = async () => (await call('GET', '/commendations', committee)).json().total;
    const before = await count();
    expect(path(await call('POST', '/commendations', committee, body({ personName: null })))).toEqual([
      'personName',
    ]);
    const amount = await call('POST', '/commendations', committee, body({ amountVnd: -1 }));
    expect(path(amount)).toEqual(['amountVnd']);
    expect(amount.json().error.details[0].message).toBe(
      'Tiền thưởng phải là số nguyên không âm (đồng), tối đa 10 tỷ',
    );
    expect(path(await call('POST', '/commendations', committee, body({ proposedOn: daysAgo(-1) })))).toEqual([
      'proposedOn',
    ]);
    expect(
      path(
        await call('POST', `/commendations/${c.id}/transitions`, committee, {
          ...decide,
          on: daysAgo(11),
          version: edited.json().version,
        }),
      ),
    ).toEqual(['on']);
    expect(
      path(
        await call('POST', '/commendations', committee, {
          ...body(),
          decision: { ...decision, decisionDate: daysAgo(11) },
        }),
      ),
    ).toEqual(['decision.decisionDate']);
    expect(path(await call('POST', '/commendations', committee, body({ reason: 'x'.repeat(4001) })))).toEqual(
      ['reason'],
    );
    expect(
      (await call('POST', '/commendations', committee, body({ reason: 'Thành\u0000tích' }))).statusCode,
    ).toBe(400);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/commendations',
      headers: { authorization: committee, 'accept-language': 'en' },
      payload: body({ recipientKind: 'collective' }),
    });
    expect(en.json().error.message).toContain('collective');
    const after = (await call('GET', `/commendations/${c.id}`, committee)).json();
    expect(after).toMatchObject({ version: edited.json().version, status: 'proposed', reason: 'Sửa' });
    expect(await count()).toBe(before);
  });
});
