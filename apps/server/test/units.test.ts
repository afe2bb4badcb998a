import type { Unit, UnitLink } from '@pcmt/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './db.ts';
import { createTestApp, type TestApp } from './fixtures.ts';

describeEachBackend('units with history', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  const get = async <T>(url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  it('on 01/01/2024 lists the 113 Kon Tum units: 1 province, 10 districts, 102 communes', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2024-01-01');
    expect(data).toHaveLength(113);
    expect(data.filter((u) => u.level === 1).map((u) => u.code)).toEqual(['62']);
    expect(data.filter((u) => u.level === 2)).toHaveLength(10);
    const communes = data.filter((u) => u.level === 3);
    expect(communes).toHaveLength(102);
    expect(communes.filter((u) => u.type === 'xa')).toHaveLength(85);
    expect(communes.filter((u) => u.type === 'phuong')).toHaveLength(10);
    expect(communes.filter((u) => u.type === 'thi_tran')).toHaveLength(7);
    const ids = new Set(data.map((u) => u.id));
    expect(communes.every((u) => u.parentId && ids.has(u.parentId))).toBe(true);
  });

  it('on 01/01/2026 lists province 51 and the 40 communes of former Kon Tum', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2026-01-01');
    expect(data).toHaveLength(41);
    const province = data.find((u) => u.level === 1)!;
    expect(province).toMatchObject({
      code: '51',
      name: 'Tỉnh Quảng Ngãi',
      validFrom: '2025-07-01',
      validTo: null,
    });
    const communes = data.filter((u) => u.level === 2);
    expect(communes).toHaveLength(40);
    expect(communes.filter((u) => u.type === 'phuong')).toHaveLength(3);
    expect(communes.every((u) => u.parentId === province.id)).toBe(true);
  });

  it('defaults `at` to today, and the day of the reform switches trees', async () => {
    expect((await get<{ data: Unit[] }>('/api/v1/units')).data).toHaveLength(41);
    expect((await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data).toHaveLength(113);
    expect((await get<{ data: Unit[] }>('/api/v1/units?at=2025-07-01')).data).toHaveLength(41);
  });

  it('shows the tree of an older date in the units of that date (Thị xã Kon Tum in 2008)', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2008-01-01');
    expect(data).toHaveLength(106);
    const town = data.find((u) => u.code === '608')!;
    expect(town).toMatchObject({ name: 'Thị xã Kon Tum', type: 'thi_xa', validTo: '2009-04-10' });
    const ids = new Set(data.map((u) => u.id));
    expect(data.filter((u) => u.level > 1).every((u) => u.parentId && ids.has(u.parentId))).toBe(true);
    expect(data.filter((u) => u.parentId === town.id).length).toBeGreaterThan(15);
    const mangDen = (await get<{ data: Unit[] }>('/api/v1/units?at=2019-08-31')).data.find(
      (u) => u.code === '23473',
    );
    expect(mangDen?.name).toBe('Xã Đắk Long');
  });

  it('resolves code 23293 to Phường Thắng Lợi in 2024 and Phường Kon Tum in 2026', async () => {
    const old = (await get<{ data: Unit[] }>('/api/v1/units?at=2024-01-01')).data.find(
      (u) => u.code === '23293',
    )!;
    const now = (await get<{ data: Unit[] }>('/api/v1/units?at=2026-01-01')).data.find(
      (u) => u.code === '23293',
    )!;
    expect(old.name).toBe('Phường Thắng Lợi');
    expect(old.validTo).toBe('2025-06-30');
    expect(now.name).toBe('Phường Kon Tum');
    expect(now.id).not.toBe(old.id);
    const succ = await get<{ data: UnitLink[] }>(`/api/v1/units/${old.id}/successors`);
    expect(succ.data.map((l) => l.unit.id)).toEqual([now.id]);
    const pred = await get<{ data: UnitLink[] }>(`/api/v1/units/${now.id}/predecessors`);
    expect(pred.data.map((l) => l.unit.code).sort()).toEqual(['23281', '23287', '23290', '23293', '23299']);
    expect(pred.data[0]!.legalBasis).toContain('1677/NQ-UBTVQH15');
  });

  it('gives every 2023 commune exactly one successor, dated 01/07/2025', async () => {
    const communes = (await get<{ data: Unit[] }>('/api/v1/units?at=2024-01-01')).data.filter(
      (u) => u.level === 3,
    );
    for (const c of communes) {
      const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${c.id}/successors`);
      expect(data, c.name).toHaveLength(1);
      expect(data[0]!.effectiveDate).toBe('2025-07-01');
      expect(data[0]!.unit.validFrom).toBe('2025-07-01');
    }
  });

  it('keeps the corrected mapping of Xã Hà Mòn to Xã Đăk Hà', async () => {
    const haMon = (await get<{ data: Unit[] }>('/api/v1/units?at=2024-01-01')).data.find(
      (u) => u.name === 'Xã Hà Mòn',
    )!;
    const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${haMon.id}/successors`);
    expect(data[0]!.unit).toMatchObject({ code: '23500', name: 'Xã Đăk Hà' });
    // The upstream-correction remark is data provenance (data/admin-units/PROVENANCE.md), not screen text.
    expect(data[0]!.note).toBeNull();
    // Vietnamese citation order: smallest part first, document kind named.
    expect(data[0]!.legalBasis).toBe('khoản 56 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15');
  });

  it('gives each pre-2025 ward of Thành phố Kon Tum its district as of its last day', async () => {
    const after = (await get<{ data: Unit[] }>('/api/v1/units?at=2026-01-01')).data;
    const before = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data;
    const kontum = after.find((u) => u.name === 'Phường Kon Tum')!;
    const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${kontum.id}/predecessors`);
    expect(data.length).toBeGreaterThan(1);
    for (const link of data)
      expect(before.find((u) => u.id === link.unit.parentId)?.name).toBe('Thành phố Kon Tum');
  });

  it('serves boundaries of each era as GeoJSON', async () => {
    const before = await get<{ type: string; features: { properties: { code: string; level: number } }[] }>(
      '/api/v1/units/boundaries?at=2024-01-01',
    );
    expect(before.type).toBe('FeatureCollection');
    expect(before.features).toHaveLength(11);
    const after = await get<{ features: { properties: { code: string; level: number } }[] }>(
      '/api/v1/units/boundaries?at=2026-01-01',
    );
    expect(after.features).toHaveLength(40);
  });

  it('places a point in its commune, and before 2025 in its district with candidate communes', async () => {
    // bandoLonLat of Phường Kon Tum (units_2025.json).
    const now = await get<{ data: { unit: Unit; precision: string } }>(
      '/api/v1/units/locate?lat=14.3545&lng=108.013&at=2026-01-01',
    );
    expect(now.data).toMatchObject({ precision: 'commune', unit: { code: '23293', name: 'Phường Kon Tum' } });
    const then = await get<{ data: { unit: Unit; precision: string; candidates: Unit[] } }>(
      '/api/v1/units/locate?lat=14.3545&lng=108.013&at=2024-01-01',
    );
    expect(then.data.precision).toBe('district');
    expect(then.data.unit.code).toBe('608');
    expect(then.data.candidates.map((u) => u.code).sort()).toEqual([
      '23281',
      '23287',
      '23290',
      '23293',
      '23299',
    ]);
    const sea = await get<{ data: unknown }>('/api/v1/units/locate?lat=15.5&lng=109.9&at=2026-01-01');
    expect(sea.data).toBeNull();
  });

  it('rejects a malformed date and an unknown unit in Vietnamese', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/units?at=2024-13-45' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('at');
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units/00000000-0000-4000-8000-000000000000/successors',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('Không tìm thấy');
  });
});
