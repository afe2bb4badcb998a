import type { AgencyKind } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { plantDemo } from '../src/modules/plants/plant.demo.ts';
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

type Role =
  | 'commune_police'
  | 'commune_committee'
  | 'leadership'
  | 'department'
  | 'border_guard'
  | 'drug_police';
const kindOf: Record<Role, AgencyKind> = {
  drug_police: 'drug_police',
  commune_police: 'commune_police',
  commune_committee: 'ubnd',
  leadership: 'steering_committee',
  department: 'department',
  border_guard: 'border_guard',
};

/**
 * The narcotic plant register through its HTTP API (issue 11 item 4): detections with species, area and
 * count; destruction with its biên bản or hand-over; the period's figures by species and commune; refusals.
 */
describeEachBackend('narcotic plant register', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let kontum: string; // Công an phường Kon Tum
  let dakHa: string; // Công an xã Đăk Hà
  let committee: string; // UBND phường Kon Tum
  let department: string; // a department (counts only)
  let leader: string; // provincial leadership (counts only, province-wide)

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: Role) => {
    const agencyId = await createAgency(t.db, { kind: kindOf[role], unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const field = (extra: Record<string, unknown> = {}) => ({
    species: 'cannabis',
    detectedOn: daysAgo(10),
    place: 'Vườn sau nhà, tổ 5',
    unitId: ward,
    areaM2: 120.255,
    plantCount: 300,
    growthStage: 'growing',
    detectedBy: 'Công an phường Kon Tum',
    growerName: 'Nguyễn Văn Trồng',
    ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}, auth = kontum) => {
    const res = await call('POST', '/plants', auth, field(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const count = async () =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from narcotic_plant`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    kontum = await officer([ward], 'commune_police');
    dakHa = await officer([await unitId(t.db, '23500', today)], 'commune_police');
    committee = await officer([ward], 'commune_committee');
    department = await officer([await unitId(t.db, '51', today)], 'department');
    leader = await officer([await unitId(t.db, '51', today)], 'leadership');
  });

  it('records a detection, destroys it with its biên bản and keeps the trail', async () => {
    const p = await create();
    expect(p).toMatchObject({
      status: 'detected',
      statusSince: daysAgo(10),
      areaM2: 120.26,
      plantCount: 300,
      unit: { id: ward },
      allowedTransitions: ['destroyed', 'handed_over'],
      destruction: null,
    });
    const done = await call('POST', `/plants/${p.id}/transitions`, committee, {
      to: 'destroyed',
      on: daysAgo(9),
      method: 'uproot',
      destroyedBy: 'Công an phường, UBND phường',
      witnesses: 'Trưởng tổ dân phố',
      recordNumber: '05/BB-TP',
      reason: 'Nhổ bỏ toàn bộ, đốt tại chỗ',
      plantsDestroyed: 280,
      version: p.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'destroyed',
      allowedTransitions: [],
      destruction: {
        on: daysAgo(9),
        method: 'uproot',
        recordNumber: '05/BB-TP',
        areaM2: 120.26,
        plantCount: 280,
      },
    });
    // A correction cannot leave fewer plants found than the biên bản destroyed.
    const fewer = await call('PUT', `/plants/${p.id}`, kontum, {
      ...field({ plantCount: 100 }),
      version: done.json().version,
    });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.json().error.details[0].path).toBe('plantCount');
    // Destroyed is final: the refusal names the moves allowed (none).
    const again = await call('POST', `/plants/${p.id}/transitions`, kontum, {
      to: 'handed_over',
      on: today,
      receiver: 'CSĐT',
      reason: 'Chuyển xử lý hình sự',
      version: done.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('trạng thái cuối');

    await call('GET', `/plants/${p.id}`, kontum);
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${p.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(['plant.create', 'plant.transition', 'plant.read']);
    const timeline = (await call('GET', `/plants/${p.id}/timeline`, kontum)).json().data;
    expect(timeline.length).toBeGreaterThanOrEqual(2);
    expect(timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain(
      'Triệt phá hoặc chuyển cơ quan điều tra',
    );
  });

  it('hands over to investigation, destroys later, and filters the list in the database', async () => {
    const p = await create({
      species: 'opium_poppy',
      place: 'Nương rẫy giáp biên',
      areaM2: 800,
      plantCount: null,
      detectedOn: daysAgo(30),
    });
    const handed = await call('POST', `/plants/${p.id}/transitions`, kontum, {
      to: 'handed_over',
      on: daysAgo(29),
      receiver: 'Cơ quan CSĐT Công an tỉnh',
      reason: 'Chuyển xử lý hình sự',
      version: p.version,
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ status: 'handed_over', handover: { on: daysAgo(29) } });
    // More than was found, or before the hand-over: refused naming the field.
    const tooMuch = await call('POST', `/plants/${p.id}/transitions`, kontum, {
      to: 'destroyed',
      on: daysAgo(35),
      method: 'burn',
      destroyedBy: 'CSĐT',
      reason: 'Tiêu hủy sau khi lấy mẫu',
      areaDestroyedM2: 900,
      version: handed.json().version,
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'on',
      'areaDestroyedM2',
    ]);
    const destroyed = await call('POST', `/plants/${p.id}/transitions`, kontum, {
      to: 'destroyed',
      on: daysAgo(20),
      method: 'burn',
      destroyedBy: 'CSĐT',
      reason: 'Tiêu hủy sau khi lấy mẫu',
      version: handed.json().version,
    });
    expect(destroyed.statusCode, destroyed.body).toBe(200);

    const ids = async (query: string) =>
      (await call('GET', `/plants?${query}&pageSize=100`, kontum))
        .json()
        .data.map((x: { id: string }) => x.id);
    expect(await ids('species=opium_poppy')).toEqual([p.id]);
    expect(await ids('status=handed_over')).not.toContain(p.id);
    expect(await ids(`status=destroyed&unitId=${ward}`)).toContain(p.id);
    expect(await ids(`from=${daysAgo(31)}&to=${daysAgo(29)}`)).toEqual([p.id]);
    expect(await ids('q=nuong%20ray')).toEqual([p.id]);
    expect(await ids('q=to%205')).not.toContain(p.id);
    const list = (await call('GET', '/plants?species=cannabis&species=opium_poppy', kontum)).json();
    expect(list.total).toBeGreaterThanOrEqual(2);
  });

  it('counts detections and destructions of a period by species and commune', async () => {
    const s = (await call('GET', `/plants/statistics?from=${daysAgo(60)}&to=${today}`, leader)).json();
    const cannabis = s.rows.find((r: { species: string }) => r.species === 'cannabis');
    expect(cannabis).toMatchObject({
      unit: { id: ward },
      detections: 1,
      destructions: 1,
      plantsDestroyed: 280,
    });
    const poppy = s.rows.find((r: { species: string }) => r.species === 'opium_poppy');
    expect(poppy).toMatchObject({
      areaDetectedM2: 800,
      areaDestroyedM2: 800,
      handedOver: 1,
      plantsDetected: 0,
    });
    expect(s.totals).toMatchObject({
      detections: 2,
      destructions: 2,
      areaDestroyedM2: 920.26,
      handedOver: 1,
    });
    // Each figure on its own date: a period holding only the destruction day of the cannabis field.
    const day = (
      await call('GET', `/plants/statistics?from=${daysAgo(9)}&to=${daysAgo(9)}`, department)
    ).json();
    expect(day.totals).toMatchObject({ detections: 0, destructions: 1, plantsDestroyed: 280 });
    const there = (await call('GET', `/plants/statistics?from=${daysAgo(60)}&to=${today}`, dakHa)).json();
    expect(there.totals.detections).toBe(0);
    expect((await call('GET', `/plants/statistics?from=${today}&to=${daysAgo(3)}`, leader)).statusCode).toBe(
      400,
    );
    expect((await call('GET', '/plants', department)).statusCode).toBe(403);
  });

  it('refuses out-of-scope (404), wrong role (403) and stale versions (409)', async () => {
    const p = await create({ detectedOn: daysAgo(2) });
    expect((await call('GET', `/plants/${p.id}`, dakHa)).statusCode).toBe(404);
    expect((await call('PUT', `/plants/${p.id}`, dakHa, { ...field(), version: p.version })).statusCode).toBe(
      404,
    );
    expect(
      (
        await call('POST', `/plants/${p.id}/transitions`, dakHa, {
          to: 'handed_over',
          on: today,
          receiver: 'X',
          reason: 'Chuyển xử lý hình sự',
          version: p.version,
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('GET', '/plants?q=to%205', dakHa)).json().total).toBe(0);
    expect((await call('POST', '/plants', department, field())).statusCode).toBe(403);
    expect((await call('GET', '/plants', leader)).statusCode).toBe(403);
    const away = await call('POST', '/plants', dakHa, field());
    expect(away.statusCode).toBe(400);
    expect(away.json().error.details[0].path).toBe('unitId');

    const edited = await call('PUT', `/plants/${p.id}`, kontum, {
      ...field({ plantCount: 310 }),
      version: p.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await call('PUT', `/plants/${p.id}`, kontum, {
      ...field({ plantCount: 5 }),
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    const [a, b] = await Promise.all([
      call('POST', `/plants/${p.id}/transitions`, kontum, {
        to: 'handed_over',
        on: today,
        receiver: 'CSĐT',
        reason: 'Chuyển xử lý hình sự',
        version: edited.json().version,
      }),
      call('PUT', `/plants/${p.id}`, kontum, { ...field({ plantCount: 7 }), version: edited.json().version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('refuses bad input with 400 naming the field in Vietnamese, writing nothing', async () => {
    const before = await count();
    const paths = async (body: Record<string, unknown>) => {
      const res = await call('POST', '/plants', kontum, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(/[à-ỹđ]/i);
      return res.json().error.details.map((d: { path: string }) => d.path);
    };
    expect(await paths(field({ areaM2: -5 }))).toEqual(['areaM2']);
    const negative = await call('POST', '/plants', kontum, field({ plantCount: -1 }));
    expect(negative.json().error.details[0].message).toBe(
      'Số cây phải là số nguyên dương (tối đa 100.000.000 cây)',
    );
    expect(await paths(field({ areaM2: null, plantCount: null }))).toEqual(['areaM2']);
    expect(await paths(field({ species: 'other' }))).toEqual(['speciesName']);
    expect(await paths(field({ detectedOn: daysAgo(-1) }))).toEqual(['detectedOn']);
    expect(await paths(field({ species: 'hoa_hong' }))).toEqual(['species']);
    expect(await paths(field({ location: { lat: 50, lng: 107.8 } }))).toEqual(['location.lat']);
    expect(await paths(field({ place: 'Vườn\u0000nhà' }))).toEqual(['place']);
    expect(await paths(field({ notes: 'x'.repeat(2001) }))).toEqual(['notes']);
    expect(await paths(field({ caseId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['caseId']);
    expect(await paths(field({ growerPersonId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'growerPersonId',
    ]);
    expect(await count()).toBe(before);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plants',
      headers: { authorization: kontum, 'accept-language': 'en' },
      payload: field({ areaM2: null, plantCount: null }),
    });
    expect(en.json().error.message).toContain('Give the area (m²) or the number of plants found');
  });

  it('writes demo detections through the service across agencies and statuses, once', async () => {
    const actorFor = async (
      units: string[],
      role: 'commune_police' | 'drug_police' | 'border_guard' | 'commune_committee',
    ): Promise<Actor> => {
      const agencyId = await createAgency(t.db, {
        kind: kindOf[role],
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
    const dakHaUnit = await unitId(t.db, '23500', today);
    const actors: Record<string, Actor> = {
      'DEMO-CA-KONTUM': await actorFor([ward], 'commune_police'),
      'DEMO-UBND-KONTUM': await actorFor([ward], 'commune_committee'),
      'DEMO-CA-DAKHA': await actorFor([dakHaUnit], 'commune_police'),
      'DEMO-BP-BOY': await actorFor([await unitId(t.db, '23377', today)], 'border_guard'),
      'DEMO-PC04': await actorFor([await unitId(t.db, '51', today)], 'drug_police'),
    };
    const service = t.services.registers.plants;
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    expect(await plantDemo(service, world)).toBe(6);
    expect(await plantDemo(service, world)).toBe(0);
    const page = await service.list(actors['DEMO-PC04']!, { page: 1, pageSize: 100, q: '(mẫu)' } as never);
    expect(new Set(page.data.map((p) => p.status))).toEqual(
      new Set(['detected', 'destroyed', 'handed_over']),
    );
    expect(new Set(page.data.map((p) => p.unit.id)).size).toBe(3);
  });
});
