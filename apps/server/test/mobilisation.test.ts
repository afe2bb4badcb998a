import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { modelDemo, prestigeDemo } from '../src/modules/mobilisation/mobilisation.demo.ts';
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
 * Prestigious persons with their engagements and prevention models with their results (issue 11 item 6)
 * through the HTTP API: records, masks, audited reads, status moves, counts for report indicators, refusals.
 */
describeEachBackend('prestigious persons and prevention models', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let dakHaUnit: string;
  let committee: string; // UBND phường Kon Tum
  let police: string; // Công an phường Kon Tum
  let dakHa: string; // Công an xã Đăk Hà
  let pc04: string; // PC04, province-wide read
  let leader: string; // leadership
  let border: string; // border guard: no access

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (
    units: string[],
    role: 'commune_police' | 'commune_committee' | 'leadership' | 'drug_police' | 'border_guard',
  ) => {
    const kind = {
      commune_police: 'commune_police',
      commune_committee: 'ubnd',
      leadership: 'steering_committee',
      drug_police: 'drug_police',
      border_guard: 'border_guard',
    } as const;
    const agencyId = await createAgency(t.db, { kind: kind[role], unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const elder = (fullName: string, extra: Record<string, unknown> = {}) => ({
    fullName,
    role: 'village_elder',
    ethnicity: '12',
    unitId: ward,
    village: 'Làng Plei Đôn',
    phone: '0987 654 321',
    ...extra,
  });
  const village = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    kind: 'drug_free_village',
    unitId: ward,
    startedOn: daysAgo(200),
    hostAgency: 'Ban Công tác Mặt trận làng',
    membersCount: 12,
    ...extra,
  });
  const path400 = async (res: Awaited<ReturnType<typeof call>>) => {
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error.details.map((d: { path: string }) => d.path);
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    dakHaUnit = await unitId(t.db, '23500', today);
    const province = await unitId(t.db, '51', today);
    committee = await officer([ward], 'commune_committee');
    police = await officer([ward], 'commune_police');
    dakHa = await officer([dakHaUnit], 'commune_police');
    pc04 = await officer([province], 'drug_police');
    leader = await officer([province], 'leadership');
    border = await officer([province], 'border_guard');
  });

  it('records a prestigious person, masks the phone in lists, audits reads and finds the name folded', async () => {
    const res = await call('POST', '/prestigious-persons', committee, elder('A Thút'));
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      status: 'active',
      phone: '0987654321',
      phoneMasked: '098*****21',
      ethnicity: { code: '12', name: 'Ba Na' },
      engagements: 0,
    });
    const list = (await call('GET', '/prestigious-persons?q=thut', committee)).json();
    expect(list.total).toBe(1);
    expect(list.data[0]).toMatchObject({ id: p.id, phone: null, phoneMasked: '098*****21' });
    // PC04 reads the province's.
    expect((await call('GET', `/prestigious-persons/${p.id}`, pc04)).json().phone).toBe('0987654321');

    const engaged = await call('POST', `/prestigious-persons/${p.id}/engagements`, police, {
      on: daysAgo(3),
      kind: 'persuade_rehab',
      content: 'Vận động hai thanh niên đi cai nghiện',
      personsPersuaded: 2,
    });
    expect(engaged.statusCode, engaged.body).toBe(201);
    expect(engaged.json().engagement).toMatchObject({ unit: { id: ward }, personsPersuaded: 2 });
    expect(engaged.json().person).toMatchObject({
      engagements: 1,
      personsPersuaded: 2,
      lastEngagedOn: daysAgo(3),
    });
    const engagements = (await call('GET', `/prestigious-persons/${p.id}/engagements`, committee)).json()
      .data;
    expect(engagements).toHaveLength(1);

    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${p.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'prestigious_person.create',
      'prestigious_person.read',
      'prestigious_person.engage',
      'prestigious_person.read',
    ]);
    const timeline = (await call('GET', `/prestigious-persons/${p.id}/timeline`, committee)).json().data;
    expect(timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain(
      'Ghi nhận hoạt động của người có uy tín',
    );

    // Inactive: no engagement after the day they left; the move back is allowed, a repeated move is 409.
    const off = await call('POST', `/prestigious-persons/${p.id}/transitions`, committee, {
      to: 'inactive',
      on: today,
      reason: 'Chuyển nơi cư trú',
      version: engaged.json().person.version,
    });
    expect(off.statusCode, off.body).toBe(200);
    const late = await call('POST', `/prestigious-persons/${p.id}/engagements`, police, {
      on: today,
      kind: 'propaganda',
      content: 'Tuyên truyền',
    });
    expect(await path400(late)).toEqual(['on']);
    const again = await call('POST', `/prestigious-persons/${p.id}/transitions`, committee, {
      to: 'inactive',
      on: today,
      reason: 'Lặp lại',
      version: off.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Đang tham gia');
  });

  it('records a model, its results, and moves it active → paused → ended (final)', async () => {
    const created = await call(
      'POST',
      '/models',
      committee,
      village('Làng Plei Đôn không có ma túy', { otherUnitIds: [dakHaUnit] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({ status: 'active', otherUnits: [{ id: dakHaUnit }], results: 0 });
    // The covered commune reads it but does not edit it.
    expect((await call('GET', `/models/${m.id}`, dakHa)).statusCode).toBe(200);
    expect(
      (await call('PUT', `/models/${m.id}`, dakHa, { ...village('Sửa'), version: m.version })).statusCode,
    ).toBe(404);

    const r = await call('POST', `/models/${m.id}/results`, police, {
      on: daysAgo(10),
      content: 'Sinh hoạt quý',
      eventsHeld: 3,
      participants: 150,
      personsPersuaded: 1,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().model).toMatchObject({
      results: 1,
      eventsHeld: 3,
      participants: 150,
      personsPersuaded: 1,
    });
    expect(
      await path400(
        await call('POST', `/models/${m.id}/results`, police, { on: daysAgo(300), content: 'Trước' }),
      ),
    ).toEqual(['on']);

    let v = r.json().model.version;
    for (const to of ['paused', 'ended']) {
      const moved = await call('POST', `/models/${m.id}/transitions`, committee, {
        to,
        on: today,
        reason: 'Sơ kết',
        version: v,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      v = moved.json().version;
    }
    const back = await call('POST', `/models/${m.id}/transitions`, committee, {
      to: 'active',
      on: today,
      reason: 'Mở lại',
      version: v,
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toContain('trạng thái cuối');
    const ended = (await call('GET', '/models?status=ended', committee)).json();
    expect(ended.data.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('counts persons, engagements by kind and model results for report indicators', async () => {
    const p = (
      await call('POST', '/prestigious-persons', police, elder('Y Hoa', { role: 'clan_head' }))
    ).json();
    for (const [kind, n] of [
      ['information', null],
      ['persuade_rehab', 3],
    ] as const)
      expect(
        (
          await call('POST', `/prestigious-persons/${p.id}/engagements`, police, {
            on: daysAgo(2),
            kind,
            content: 'Hoạt động',
            personsPersuaded: n,
          })
        ).statusCode,
      ).toBe(201);
    const s = (
      await call('GET', `/prestigious-persons/statistics?from=${daysAgo(30)}&to=${today}`, leader)
    ).json();
    expect(s.totals).toMatchObject({ activePersons: 1, engagements: 3, personsPersuaded: 5 });
    expect(s.totals.byKind).toMatchObject({ persuade_rehab: 2, information: 1, propaganda: 0 });
    expect(s.rows).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ id: ward }), engagements: 3 }),
    ]);
    const there = (await call('GET', `/prestigious-persons/statistics?from=${daysAgo(30)}`, dakHa)).json();
    expect(there.totals.engagements).toBe(0);

    const ms = (await call('GET', `/models/statistics?from=${daysAgo(365)}&to=${today}`, pc04)).json();
    expect(ms.totals).toMatchObject({
      activeModels: 0,
      newModels: 1,
      results: 1,
      eventsHeld: 3,
      participants: 150,
    });
    expect((await call('GET', `/models/statistics?from=${today}&to=${daysAgo(3)}`, leader)).statusCode).toBe(
      400,
    );
  });

  it('refuses out-of-scope (404), wrong role (403), stale versions (409)', async () => {
    const p = (await call('POST', '/prestigious-persons', committee, elder('A Blưu'))).json();
    expect((await call('GET', `/prestigious-persons/${p.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/prestigious-persons/${p.id}/engagements`, dakHa, {
          on: today,
          kind: 'other',
          content: 'X',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('GET', '/prestigious-persons?q=blưu', dakHa)).json().total).toBe(0);
    expect((await call('GET', '/prestigious-persons', border)).statusCode).toBe(403);
    expect((await call('GET', '/models', border)).statusCode).toBe(403);
    expect((await call('POST', '/prestigious-persons', pc04, elder('PC04'))).statusCode).toBe(403);
    expect((await call('POST', '/models', leader, village('Lãnh đạo'))).statusCode).toBe(403);
    const away = await call('POST', '/prestigious-persons', dakHa, elder('Lạc chỗ'));
    expect(await path400(away)).toEqual(['unitId']);

    const edited = await call('PUT', `/prestigious-persons/${p.id}`, police, {
      ...elder('A Blưu Mới'),
      version: p.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await call('PUT', `/prestigious-persons/${p.id}`, police, {
      ...elder('A Blưu Cũ'),
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    const m = (await call('POST', '/models', police, village('CLB Thanh niên', { kind: 'club' }))).json();
    const first = await call('PUT', `/models/${m.id}`, committee, {
      ...village('CLB 2', { kind: 'club' }),
      version: m.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    const late = await call('PUT', `/models/${m.id}`, committee, { ...village('CLB 3'), version: m.version });
    expect(late.statusCode).toBe(409);
  });

  it('refuses bad input with 400 naming the field in Vietnamese, writing nothing', async () => {
    const before = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from prestigious_person`,
    );
    const bad = await call(
      'POST',
      '/prestigious-persons',
      committee,
      elder('Chức sắc', { role: 'religious_dignitary' }),
    );
    expect(await path400(bad)).toEqual(['religion']);
    expect(bad.json().error.details[0].message).toBe('Chọn tôn giáo của chức sắc');
    const phone = await call('POST', '/prestigious-persons', committee, elder('Số sai', { phone: '12ab' }));
    expect(await path400(phone)).toEqual(['phone']);
    expect(phone.json().error.details[0].message).toContain('Số điện thoại');
    expect(
      await path400(
        await call('POST', '/prestigious-persons', committee, elder('Dân tộc', { ethnicity: '99' })),
      ),
    ).toEqual(['ethnicity']);
    expect(await path400(await call('POST', '/prestigious-persons', committee, elder('Tên\u0007')))).toEqual([
      'fullName',
    ]);
    expect(
      await path400(await call('POST', '/prestigious-persons', committee, elder('x'.repeat(151)))),
    ).toEqual(['fullName']);
    expect(
      await path400(
        await call(
          'POST',
          '/prestigious-persons',
          committee,
          elder('Tương lai', { decisionDate: daysAgo(-1) }),
        ),
      ),
    ).toEqual(['decisionDate']);
    const after = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from prestigious_person`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);

    const m = (
      await call('POST', '/models', committee, village('Tổ tự quản', { kind: 'self_managed_group' }))
    ).json();
    const neg = await call('POST', `/models/${m.id}/results`, committee, {
      on: today,
      content: 'Âm',
      participants: -5,
    });
    expect(await path400(neg)).toEqual(['participants']);
    expect(neg.json().error.details[0].message).toBe('Chỉ số kết quả của mô hình phải là số nguyên không âm');
    const en = await t.app.inject({
      method: 'POST',
      url: `/api/v1/models/${m.id}/results`,
      headers: { authorization: committee, 'accept-language': 'en' },
      payload: { on: daysAgo(400), content: 'Trước khi bắt đầu' },
    });
    expect(en.json().error.message).toContain('A result cannot be dated before the model started');
    expect(
      await path400(await call('POST', '/models', committee, village('Trùng', { otherUnitIds: [ward] }))),
    ).toEqual(['otherUnitIds.0']);
    expect((await call('GET', `/models/${m.id}`, committee)).json()).toMatchObject({
      results: 0,
      version: m.version,
    });
  });

  it('writes demo records across communes through the services, once', async () => {
    const actorFor = async (
      units: string[],
      role: 'commune_police' | 'commune_committee',
    ): Promise<Actor> => {
      const agencyId = await createAgency(t.db, {
        kind: role === 'commune_committee' ? 'ubnd' : 'commune_police',
        unitIds: units,
      });
      const u = await createUser(t.db, { agencyId, roles: [role] });
      return {
        userId: u.id,
        username: u.username,
        agencyId,
        roles: [role],
        via: 'system',
        requestId: 'demo',
        ip: null,
      };
    };
    const actors: Record<string, Actor> = {
      'DEMO-UBND-KONTUM': await actorFor([ward], 'commune_committee'),
      'DEMO-CA-KONTUM': await actorFor([ward], 'commune_police'),
      'DEMO-CA-DAKHA': await actorFor([dakHaUnit], 'commune_police'),
    };
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    expect(await prestigeDemo(t.services.registers.prestigiousPersons, world)).toBe(5);
    expect(await prestigeDemo(t.services.registers.prestigiousPersons, world)).toBe(0);
    expect(await modelDemo(t.services.registers.preventionModels, world)).toBe(3);
    expect(await modelDemo(t.services.registers.preventionModels, world)).toBe(0);
    const rows = await queryRows<{ n: number; units: number }>(
      t.db,
      sql`select count(*)::int as n, count(distinct unit_id)::int as units from prestigious_engagement where is_demo`,
    );
    expect(rows[0]).toMatchObject({ n: 8, units: 2 });
  });
});
