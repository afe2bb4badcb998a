import { type HotspotMap, hotspotStatuses } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/** The map's parallel arrays read back as one object per point (what the web map draws). */
const pointsOf = (m: HotspotMap) =>
  m.points.id.map((id, i) => ({
    id,
    lat: m.points.lat[i],
    lng: m.points.lng[i],
    status: m.statuses[m.points.status[i]!],
    unitId: m.units[m.points.unit[i]!]?.unitId ?? null,
  }));

/**
 * The hotspot register through its HTTP API, as officers use it (issue 7 "Must show"): recording by point and
 * date, scope through the 2025 reorganisation, the lifecycle with re-formation, illegal and concurrent
 * transitions, and bad places and dates.
 */
describeEachBackend('hotspot register', (getDb) => {
  let t: TestApp;
  let pc04: string; // province drug police (Kon Tum tree)
  let kontumWard: string; // Công an phường Kon Tum (2025 ward)
  let dakHa: string; // Công an xã Đăk Hà
  let thangLoi2024: string;
  let wardToday: string;
  let pointInWard: { lat: number; lng: number };

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (
    kind: 'drug_police' | 'commune_police',
    unitIds: string[],
    role: 'drug_police' | 'commune_police',
  ) => {
    const agencyId = await createAgency(t.db, { kind, unitIds });
    const u = await createUser(t.db, { agencyId, roles: [role] });
    return bearerFor(t.services, u, agencyId, t.db);
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    wardToday = await unitId(t.db, '23293', '2026-01-01');
    thangLoi2024 = await unitId(t.db, '23293', '2024-01-01');
    pc04 = await officer(
      'drug_police',
      [await unitId(t.db, '62', '2024-01-01'), await unitId(t.db, '51', '2026-01-01')],
      'drug_police',
    );
    kontumWard = await officer('commune_police', [wardToday], 'commune_police');
    dakHa = await officer('commune_police', [await unitId(t.db, '23500', '2026-01-01')], 'commune_police');
    const [lp] = await queryRows<{ p: [number, number] }>(
      t.db,
      sql`select b.label_point as p from unit_boundary b where b.unit_id = ${wardToday}`,
    );
    pointInWard = { lng: lp!.p[0], lat: lp!.p[1] };
  });

  const move = async (auth: string, id: string, to: string, on: string, version: number) =>
    call('POST', `/hotspots/${id}/transitions`, auth, { to, on, reason: `Chuyển sang ${to}`, version });

  it('records a 2024 hotspot in an old ward, eliminates, watches and re-forms it in 2026 on the same record', async () => {
    // 2024: only district polygons exist, so the point alone does not fix the ward: the officer must choose.
    const ambiguous = await call('POST', '/hotspots', pc04, {
      name: 'Nhà trọ ven sông',
      behaviours: ['harbouring_use'],
      detectedOn: '2024-03-10',
      location: pointInWard,
    });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error.details[0].path).toBe('unitId');
    expect(ambiguous.json().error.message).toContain('Phường Thắng Lợi');
    const created = await call('POST', '/hotspots', pc04, {
      name: 'Nhà trọ ven sông',
      behaviours: ['harbouring_use'],
      detectedOn: '2024-03-10',
      location: pointInWard,
      unitId: thangLoi2024,
      users: 6,
    });
    expect(created.statusCode, created.body).toBe(201);
    let h = created.json();
    expect(h).toMatchObject({
      status: 'detected',
      kind: 'gathering',
      unit: { id: thangLoi2024, name: 'Phường Thắng Lợi' },
    });
    for (const [to, on] of [
      ['verifying', '2024-03-15'],
      ['active', '2024-04-01'],
      ['fighting', '2024-05-01'],
      ['eliminated', '2024-08-20'],
      ['watching', '2024-08-21'],
    ] as const) {
      const res = await move(pc04, h.id, to, on, h.version);
      expect(res.statusCode, res.body).toBe(200);
      h = res.json();
    }
    expect(h.watchUntil).toBe('2025-08-21');
    const early = await move(pc04, h.id, 'stable', '2025-01-01', h.version);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('21/08/2025');
    const reformed = await move(pc04, h.id, 'reactivated', '2026-02-10', h.version);
    expect(reformed.statusCode).toBe(200);
    expect(reformed.json()).toMatchObject({
      id: h.id,
      status: 'reactivated',
      reformations: 1,
      watchUntil: null,
    });

    // The 2025 ward's police see the 2024 record of the ward merged into theirs; Đăk Hà's do not.
    expect((await call('GET', `/hotspots/${h.id}`, kontumWard)).statusCode).toBe(200);
    expect((await call('GET', `/hotspots/${h.id}`, dakHa)).statusCode).toBe(404);
    const listed = (await call('GET', '/hotspots?q=nha tro', kontumWard)).json();
    expect(listed.data.map((x: { id: string }) => x.id)).toContain(h.id);
    expect((await call('GET', '/hotspots?q=nha tro', dakHa)).json().total).toBe(0);

    // On the map of 2026 it lies in the ward that absorbed Thắng Lợi, counted once eliminated, once re-formed.
    const mapRes = await call('GET', '/hotspots/map?at=2026-06-01&from=2024-01-01&to=2026-12-31', kontumWard);
    expect(mapRes.statusCode, mapRes.body).toBe(200);
    const map = mapRes.json();
    expect(pointsOf(map)).toEqual([
      expect.objectContaining({ id: h.id, status: 'reactivated', unitId: wardToday }),
    ]);
    expect(map.units).toEqual([
      expect.objectContaining({
        unitId: wardToday,
        name: 'Phường Kon Tum',
        total: 1,
        eliminated: 1,
        reformed: 1,
      }),
    ]);
    // On the map of 2024 it lies in its own ward; the re-formation is outside a 2024 period.
    const map2024 = (
      await call('GET', '/hotspots/map?at=2024-12-31&from=2024-01-01&to=2024-12-31', pc04)
    ).json();
    expect(map2024.units).toEqual([
      expect.objectContaining({ unitId: thangLoi2024, eliminated: 1, reformed: 0 }),
    ]);

    // The timeline tells who moved it, when and why, field by field.
    const timeline = (await call('GET', `/hotspots/${h.id}/timeline`, kontumWard)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'hotspot.create',
      ...Array(6).fill('hotspot.transition'),
    ]);
    expect(timeline.at(-1)).toMatchObject({
      actionLabel: 'Chuyển trạng thái điểm, tụ điểm',
      reason: 'Chuyển sang reactivated',
      changes: expect.arrayContaining([
        expect.objectContaining({
          field: 'status',
          label: 'Trạng thái',
          before: 'watching',
          after: 'reactivated',
        }),
      ]),
    });
  });

  it('answers an illegal transition with 409 naming the allowed moves', async () => {
    const h = (
      await call('POST', '/hotspots', kontumWard, {
        name: 'Quán nước',
        behaviours: ['selling'],
        detectedOn: '2026-01-05',
        unitId: wardToday,
      })
    ).json();
    const res = await move(kontumWard, h.id, 'stable', '2026-01-06', h.version);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Không thể chuyển từ «Phát hiện» sang «Ổn định». Từ «Phát hiện» chỉ có thể chuyển sang: Đang xác minh, Đang hoạt động, Không xác lập',
    );
  });

  it('lets one of two officers moving the same hotspot at once win; the other gets 409', async () => {
    const h = (
      await call('POST', '/hotspots', kontumWard, {
        name: 'Bãi đất trống',
        behaviours: ['group_use'],
        detectedOn: '2026-01-05',
        unitId: wardToday,
      })
    ).json();
    const [a, b] = await Promise.all([
      move(kontumWard, h.id, 'verifying', '2026-01-07', h.version),
      move(pc04, h.id, 'active', '2026-01-07', h.version),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const now = (await call('GET', `/hotspots/${h.id}`, pc04)).json();
    expect(now.version).toBe(h.version + 1);
    // Exactly one event besides the creation.
    const [n] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from hotspot_event where hotspot_id = ${h.id}`,
    );
    expect(n?.n).toBe(2);
  });

  it('refuses a point outside the province, outside any unit on the date, and impossible dates', async () => {
    const base = { name: 'Thử', behaviours: ['selling'] };
    const hanoi = await call('POST', '/hotspots', pc04, {
      ...base,
      detectedOn: '2026-01-05',
      location: { lat: 21.03, lng: 105.85 },
    });
    expect(hanoi.statusCode).toBe(400);
    expect(hanoi.json().error).toMatchObject({
      details: [{ path: 'location', message: 'Vị trí nằm ngoài địa giới tỉnh' }],
    });
    const sea = await call('POST', '/hotspots', pc04, {
      ...base,
      detectedOn: '2026-01-05',
      location: { lat: 14.3, lng: 125 },
    });
    expect(sea.statusCode).toBe(400);
    expect(sea.json().error.details[0].path).toBe('location.lng');
    for (const detectedOn of ['2024-02-30', '2024-13-01', '24-01-01'])
      expect(
        (await call('POST', '/hotspots', pc04, { ...base, detectedOn, unitId: wardToday })).json().error
          .details[0].path,
      ).toBe('detectedOn');
    const future = await call('POST', '/hotspots', pc04, {
      ...base,
      detectedOn: '2099-01-01',
      unitId: wardToday,
    });
    expect(future.json().error.message).toBe('Ngày không được sau ngày hôm nay');
    // The 2026 ward did not exist in 2024: a unit must be valid on the record's date.
    const wrongEra = await call('POST', '/hotspots', pc04, {
      ...base,
      detectedOn: '2024-05-01',
      unitId: wardToday,
    });
    expect(wrongEra.json().error.details[0]).toMatchObject({ path: 'unitId' });
    expect(wrongEra.json().error.message).toContain('01/05/2024');
    // A commune officer cannot record in another commune.
    const elsewhere = await call('POST', '/hotspots', dakHa, {
      ...base,
      detectedOn: '2026-01-05',
      unitId: wardToday,
    });
    expect(elsewhere.json().error.message).toBe(
      'Đơn vị hành chính nằm ngoài địa bàn phụ trách của cơ quan bạn',
    );
  });

  it('computes Gi*, the trend class and a density surface of formations over the communes of a date', async () => {
    const create = async (on: string, location: { lat: number; lng: number } | null) => {
      const res = await call('POST', '/hotspots', pc04, {
        name: `Điểm thống kê ${on}`,
        behaviours: ['selling'],
        detectedOn: on,
        ...(location ? { location } : { unitId: wardToday }),
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const near = (i: number) => ({
      lat: pointInWard.lat + (i % 3) * 0.0005,
      lng: pointInWard.lng + (i % 2) * 0.0005,
    });
    for (const on of ['2025-08-10', '2025-11-10', '2026-02-10', '2026-05-10'])
      for (let i = 0; i < 4; i++) await create(on, near(i));
    await create('2026-05-11', null);
    const res = await call(
      'GET',
      '/hotspots/statistics?at=2026-06-30&from=2025-07-01&to=2026-06-30&period=quarter',
      pc04,
    );
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.periods).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(stats.level).toBe('commune');
    const ward = stats.units.find((u: { unitId: string }) => u.unitId === wardToday);
    // 2026-Q1 also holds the re-formation (10/02/2026) of the first test's hotspot at the same place.
    expect(ward.counts).toEqual([4, 4, 5, 4]);
    expect(ward.z.every((z: number | null) => z !== null && z > 0)).toBe(true);
    // Without a map point: this one and the two recorded by commune only in the earlier tests (05/01/2026).
    expect(stats.unplaced).toBe(3);
    expect(stats.density.max).toBeGreaterThan(0);
    // The other communes formed nothing: never hot.
    expect(
      stats.units.filter((u: { category: string }) => u.category === 'not_significant').length,
    ).toBeGreaterThan(10);
    const bad = await call('GET', '/hotspots/statistics?from=2026-01-01&to=2025-01-01', pc04);
    expect(bad.json().error.details[0].path).toBe('to');
  });
  it('sends the map points as parallel arrays without names, filtered by status, kind and commune', async () => {
    const period = 'at=2026-06-30&from=2024-01-01&to=2026-06-30';
    const res = await call('GET', `/hotspots/map?${period}`, pc04);
    expect(res.statusCode, res.body).toBe(200);
    const map: HotspotMap = res.json();
    expect(map.statuses).toEqual([...hotspotStatuses]);
    // The re-formed hotspot of the first test and the 16 placed ones of the statistics.
    const n = map.points.id.length;
    expect(n).toBe(17);
    for (const column of [map.points.lat, map.points.lng, map.points.status, map.points.unit])
      expect(column).toHaveLength(n);
    for (const v of [...map.points.lat, ...map.points.lng]) expect(Math.round(v * 1e6) / 1e6).toBe(v);
    const points = pointsOf(map);
    expect(points.every((p) => p.unitId === wardToday)).toBe(true);
    const reformed = points.find((p) => p.status === 'reactivated');
    expect(reformed?.lat).toBeCloseTo(pointInWard.lat, 6);
    expect(reformed?.lng).toBeCloseTo(pointInWard.lng, 6);
    // Each record counted once in its unit: the points plus the three records without a point.
    expect(map.unlocated).toBe(3);
    expect(map.units.map((u) => [u.unitId, u.total])).toEqual([[wardToday, n + 3]]);
    // Names and details are not on the map: they are read (and audited) one record at a time.
    expect(res.body).not.toContain('Nhà trọ ven sông');
    expect(res.body).not.toContain('Điểm thống kê');

    const only = (
      await call('GET', `/hotspots/map?${period}&status=reactivated&unitId=${wardToday}`, pc04)
    ).json();
    expect(pointsOf(only)).toEqual([expect.objectContaining({ status: 'reactivated', unitId: wardToday })]);
    const byKind = await Promise.all(
      ['spot', 'gathering'].map(
        async (kind) =>
          (await call('GET', `/hotspots/map?${period}&kind=${kind}`, pc04)).json() as HotspotMap,
      ),
    );
    expect(byKind.map((m) => m.points.id.length).reduce((a, b) => a + b)).toBe(n);
    expect(byKind[1]!.points.id).toContain(reformed?.id);
    const dakHaUnit = await unitId(t.db, '23500', '2026-01-01');
    const none = { id: [], lat: [], lng: [], status: [], unit: [] };
    const elsewhere = (await call('GET', `/hotspots/map?${period}&unitId=${dakHaUnit}`, pc04)).json();
    expect(elsewhere).toMatchObject({ points: none, units: [], unlocated: 0 });
    // Đăk Hà's police see none of the ward's records.
    expect((await call('GET', `/hotspots/map?${period}`, dakHa)).json()).toMatchObject({ points: none });
  });
});
