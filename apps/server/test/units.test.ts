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

  it('on 01/01/2024 lists both old provinces: Kon Tum (113 units) and Quảng Ngãi (187)', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2024-01-01');
    expect(data).toHaveLength(300);
    expect(data.filter((u) => u.level === 1).map((u) => u.code)).toEqual(['51', '62']);
    expect(data.filter((u) => u.level === 2)).toHaveLength(10 + 13);
    const communes = data.filter((u) => u.level === 3);
    expect(communes).toHaveLength(102 + 173);
    expect(communes.filter((u) => u.type === 'xa')).toHaveLength(85 + 148);
    expect(communes.filter((u) => u.type === 'phuong')).toHaveLength(10 + 17);
    expect(communes.filter((u) => u.type === 'thi_tran')).toHaveLength(7 + 8);
    const ids = new Set(data.map((u) => u.id));
    expect(data.filter((u) => u.level > 1).every((u) => u.parentId && ids.has(u.parentId))).toBe(true);
    const province = (code: string) => data.find((u) => u.level === 1 && u.code === code)!.id;
    const under = (p: string) => data.filter((u) => u.level === 2 && u.parentId === province(p));
    expect(under('62')).toHaveLength(10);
    expect(under('51')).toHaveLength(13);
    // Huyện Lý Sơn has had no communes since 01/02/2020.
    const lySon = data.find((u) => u.code === '536')!;
    expect(lySon.name).toBe('Huyện Lý Sơn');
    expect(data.filter((u) => u.parentId === lySon.id)).toEqual([]);
  });

  it('on 01/01/2026 lists province 51 and its 96 communes', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2026-01-01');
    expect(data).toHaveLength(97);
    const province = data.find((u) => u.level === 1)!;
    expect(province).toMatchObject({
      code: '51',
      name: 'Tỉnh Quảng Ngãi',
      validFrom: '2025-07-01',
      validTo: null,
    });
    const communes = data.filter((u) => u.level === 2);
    expect(communes).toHaveLength(96);
    expect(communes.filter((u) => u.type === 'xa')).toHaveLength(86);
    expect(communes.filter((u) => u.type === 'phuong')).toHaveLength(9);
    expect(communes.filter((u) => u.type === 'dac_khu').map((u) => u.name)).toEqual(['Đặc khu Lý Sơn']);
    expect(communes.every((u) => u.parentId === province.id)).toBe(true);
  });

  it('defaults `at` to today, and the day of the reform switches trees', async () => {
    expect((await get<{ data: Unit[] }>('/api/v1/units')).data).toHaveLength(97);
    // 1279/NQ-UBTVQH15 took old Quảng Ngãi from 173 to 170 communes on 01/01/2025.
    expect((await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data).toHaveLength(113 + 184);
    expect((await get<{ data: Unit[] }>('/api/v1/units?at=2025-07-01')).data).toHaveLength(97);
  });

  it('keeps the old and the new tỉnh Quảng Ngãi apart: same code 51, two units, linked', async () => {
    const old = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data.find(
      (u) => u.code === '51',
    )!;
    const now = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-07-01')).data.find(
      (u) => u.code === '51',
    )!;
    expect(old).toMatchObject({ validFrom: '2004-08-31', validTo: '2025-06-30' });
    expect(now.id).not.toBe(old.id);
    const succ = await get<{ data: UnitLink[] }>(`/api/v1/units/${old.id}/successors`);
    expect(succ.data.map((l) => l.unit.id)).toEqual([now.id]);
    const pred = await get<{ data: UnitLink[] }>(`/api/v1/units/${now.id}/predecessors`);
    expect(pred.data.map((l) => l.unit.code)).toEqual(['51', '62']);
    expect(pred.data.every((l) => l.legalBasis === 'Nghị quyết số 202/2025/QH15')).toBe(true);
  });

  it('applies 1279/NQ-UBTVQH15 on 01/01/2025: Nghĩa Phú + Nghĩa An → xã An Phú (21262), date marked unverified', async () => {
    const before = (await get<{ data: Unit[] }>('/api/v1/units?at=2024-12-31')).data;
    const after = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-01-01')).data;
    expect(before.filter((u) => u.code.startsWith('21'))).toHaveLength(173);
    expect(after.filter((u) => u.code.startsWith('21'))).toHaveLength(170);
    expect(before.find((u) => u.code === '21262')?.name).toBe('Xã Nghĩa An');
    const anPhu = after.find((u) => u.code === '21262')!;
    expect(anPhu).toMatchObject({ name: 'Xã An Phú', validFrom: '2025-01-01', validTo: '2025-06-30' });
    for (const gone of ['21253', '21286', '21403'])
      expect(after.find((u) => u.code === gone)).toBeUndefined();
    expect(after.find((u) => u.code === '21220')).toMatchObject({
      name: 'Thị trấn Tịnh Hà',
      type: 'thi_tran',
    });
    const pred = (await get<{ data: UnitLink[] }>(`/api/v1/units/${anPhu.id}/predecessors`)).data;
    expect(pred.map((l) => [l.unit.code, l.unit.name, l.effectiveDate])).toEqual([
      ['21253', 'Xã Nghĩa Phú', '2025-01-01'],
    ]);
    expect(pred[0]!.legalBasis).toBe('Nghị quyết số 1279/NQ-UBTVQH15');
    expect(pred[0]!.note).toContain('chưa được xác minh');
    // Xã An Phú of 2025 (21262) is in turn merged into the new Xã An Phú (21034) on 01/7/2025.
    const succ = (await get<{ data: UnitLink[] }>(`/api/v1/units/${anPhu.id}/successors`)).data;
    expect(succ.map((l) => [l.unit.code, l.unit.name])).toEqual([['21034', 'Xã An Phú']]);
  });

  it('splits xã Trà Bùi between Cà Đam and Tây Trà Bồng, both partial', async () => {
    const traBui = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data.find(
      (u) => u.code === '21142',
    )!;
    expect(traBui.name).toBe('Xã Trà Bùi');
    const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${traBui.id}/successors`);
    expect(data.map((l) => [l.unit.code, l.unit.name, l.mergeType])).toEqual([
      ['21136', 'Xã Cà Đam', 'partial'],
      ['21157', 'Xã Tây Trà Bồng', 'partial'],
    ]);
    expect(data[0]!.legalBasis).toBe('khoản 30 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15');
    expect(data[1]!.legalBasis).toBe('khoản 31 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15');
    expect(data[0]!.note).toContain('không tính hai lần');
  });

  it('turns huyện Lý Sơn, whose communes were dissolved in 2020, into đặc khu Lý Sơn', async () => {
    const in2019 = (await get<{ data: Unit[] }>('/api/v1/units?at=2019-12-31')).data;
    const anVinh = in2019.find((u) => u.code === '21541')!;
    expect(anVinh).toMatchObject({ name: 'Xã An Vĩnh', validTo: '2020-01-31' });
    const toDistrict = (await get<{ data: UnitLink[] }>(`/api/v1/units/${anVinh.id}/successors`)).data;
    expect(toDistrict.map((l) => [l.unit.code, l.effectiveDate])).toEqual([['536', '2020-02-01']]);
    const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${toDistrict[0]!.unit.id}/successors`);
    expect(data.map((l) => [l.unit.code, l.unit.name, l.unit.type])).toEqual([
      ['21548', 'Đặc khu Lý Sơn', 'dac_khu'],
    ]);
  });

  it('shows the tree of an older date in the units of that date (Thị xã Kon Tum in 2008)', async () => {
    const { data } = await get<{ data: Unit[] }>('/api/v1/units?at=2008-01-01');
    expect(data).toHaveLength(106 + 195);
    const town = data.find((u) => u.code === '608')!;
    expect(town).toMatchObject({ name: 'Thị xã Kon Tum', type: 'thi_xa', validTo: '2009-04-10' });
    const ids = new Set(data.map((u) => u.id));
    expect(data.filter((u) => u.level > 1).every((u) => u.parentId && ids.has(u.parentId))).toBe(true);
    expect(data.filter((u) => u.parentId === town.id).length).toBeGreaterThan(15);
    const mangDen = (await get<{ data: Unit[] }>('/api/v1/units?at=2019-08-31')).data.find(
      (u) => u.code === '23473',
    );
    expect(mangDen?.name).toBe('Xã Đắk Long');
    // Huyện Tây Trà and its communes until 31/01/2020, then moved into Trà Bồng.
    const in2019 = (await get<{ data: Unit[] }>('/api/v1/units?at=2020-01-31')).data;
    const tayTra = in2019.find((u) => u.code === '526')!;
    expect(tayTra.name).toBe('Huyện Tây Trà');
    expect(in2019.filter((u) => u.parentId === tayTra.id)).toHaveLength(9);
    const in2020 = (await get<{ data: Unit[] }>('/api/v1/units?at=2020-02-01')).data;
    expect(in2020.find((u) => u.code === '526')).toBeUndefined();
    expect(in2020.find((u) => u.code === '21157')).toMatchObject({
      name: 'Xã Hương Trà',
      parentId: in2020.find((u) => u.code === '525')!.id,
    });
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

  it('gives every commune of 30/6/2025 a successor dated 01/07/2025 (two only for Trà Bùi)', async () => {
    const communes = (await get<{ data: Unit[] }>('/api/v1/units?at=2025-06-30')).data.filter(
      (u) => u.level === 3,
    );
    expect(communes).toHaveLength(102 + 170);
    const split: string[] = [];
    for (const c of communes) {
      const { data } = await get<{ data: UnitLink[] }>(`/api/v1/units/${c.id}/successors`);
      expect(data.length, c.name).toBeGreaterThanOrEqual(1);
      if (data.length > 1) split.push(c.code);
      for (const l of data) {
        expect(l.effectiveDate).toBe('2025-07-01');
        expect(l.unit.validFrom).toBe('2025-07-01');
        expect(l.mergeType).toBe(data.length > 1 ? 'partial' : 'full');
      }
    }
    expect(split).toEqual(['21142']);
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
    expect(before.features).toHaveLength(11 + 14);
    const after = await get<{ features: { properties: { code: string; level: number } }[] }>(
      '/api/v1/units/boundaries?at=2026-01-01',
    );
    expect(after.features).toHaveLength(96);
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
    // Label point of Xã Tịnh Khê (quangngai_communes_2025.geojson), a commune of former Quảng Ngãi.
    const tinhKhe = await get<{ data: { unit: Unit; precision: string; candidates: Unit[] } }>(
      '/api/v1/units/locate?lat=15.18178&lng=108.8604&at=2026-01-01',
    );
    expect(tinhKhe.data).toMatchObject({
      precision: 'commune',
      unit: { code: '21211', name: 'Xã Tịnh Khê' },
    });
    const tinhKhe2024 = await get<{ data: { unit: Unit; precision: string; candidates: Unit[] } }>(
      '/api/v1/units/locate?lat=15.18178&lng=108.8604&at=2024-01-01',
    );
    expect(tinhKhe2024.data.unit).toMatchObject({ code: '522', name: 'Thành phố Quảng Ngãi' });
    expect(tinhKhe2024.data.candidates.map((u) => u.code).sort()).toEqual([
      '21190',
      '21199',
      '21208',
      '21211',
      '21214',
    ]);
    const lySon = await get<{ data: { unit: Unit } }>(
      '/api/v1/units/locate?lat=15.38088&lng=109.12066&at=2026-01-01',
    );
    expect(lySon.data.unit.code).toBe('21548');
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
