import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { businessDemo } from '../src/modules/businesses/business.demo.ts';
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
 * The businesses register through its HTTP API (issue 11 item 1): premises with certificates, inspections
 * with the line's checklist, the risk level and follow-ups they derive, counts for a report, and refusals.
 */
describeEachBackend('business register', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let kontum: string; // Công an phường Kon Tum
  let dakHa: string; // Công an xã Đăk Hà
  let committee: string; // UBND phường Kon Tum (reads only)
  let leader: string; // provincial leadership (counts only)

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: 'commune_police' | 'commune_committee' | 'leadership') => {
    const agencyId = await createAgency(t.db, {
      kind:
        role === 'commune_committee'
          ? 'ubnd'
          : role === 'leadership'
            ? 'steering_committee'
            : 'commune_police',
      unitIds: units,
    });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const karaoke = (name: string, extra: Record<string, unknown> = {}) => ({
    line: 'karaoke',
    name,
    ownerName: 'Nguyễn Văn Chủ',
    address: '45 Phan Đình Phùng',
    unitId: ward,
    certificateNumber: '12/GCN-ANTT',
    certificateDate: '2024-05-02',
    certificateIssuer: 'Công an tỉnh Kon Tum',
    ...extra,
  });
  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/businesses', kontum, karaoke(name, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const inspect = (id: string, version: number, body: Record<string, unknown>, auth = kontum) =>
    call('POST', `/businesses/${id}/inspections`, auth, {
      team: 'Đoàn kiểm tra liên ngành phường',
      agencies: ['Công an phường Kon Tum', 'Phòng Văn hóa - Xã hội'],
      checklist: [],
      version,
      ...body,
    });

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    kontum = await officer([ward], 'commune_police');
    dakHa = await officer([await unitId(t.db, '23500', today)], 'commune_police');
    committee = await officer([ward], 'commune_committee');
    leader = await officer([await unitId(t.db, '51', today)], 'leadership');
  });

  it('schedules a re-inspection after a failed karaoke item and raises the risk level', async () => {
    let b = await create('Karaoke Ánh Dương');
    expect(b).toMatchObject({ status: 'operating', risk: 'unassessed', followUpOn: null, inspections: 0 });
    const on = daysAgo(5);
    const res = await inspect(b.id, b.version, {
      on,
      checklist: [
        { itemId: 'karaoke_room_area', result: 'met' },
        { itemId: 'karaoke_no_inner_latch', result: 'not_met', note: 'Phòng 3 có chốt trong' },
        { itemId: 'no_drugs_found', result: 'met' },
      ],
      sanctions: [{ kind: 'fine', amountVnd: 5_000_000, decisionNumber: '15/QĐ-XPHC' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { inspection, business } = res.json();
    expect(inspection).toMatchObject({
      outcome: 'violation',
      failedItems: ['karaoke_no_inner_latch'],
      fineTotalVnd: 5_000_000,
      followUpOn: daysAgo(-25),
    });
    expect(business).toMatchObject({
      risk: 'medium',
      followUpOn: daysAgo(-25),
      followUpDue: false,
      inspections: 1,
    });
    expect(business.version).toBe(b.version + 1);
    b = business;

    // A clean re-inspection settles the follow-up; the violation still counts for 12 months.
    const clean = await inspect(b.id, b.version, {
      on: today,
      checklist: [{ itemId: 'karaoke_no_inner_latch', result: 'met' }],
    });
    expect(clean.json().business).toMatchObject({ risk: 'medium', followUpOn: null, lastInspectedOn: today });
    const list = (await call('GET', `/businesses/${b.id}/inspections`, kontum)).json().data;
    expect(list.map((i: { on: string }) => i.on)).toEqual([today, on]);

    // The inspection is in the record's trail, in the same transaction as the write; the read is audited.
    await call('GET', `/businesses/${b.id}`, kontum);
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${b.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'business.create',
      'business.inspect',
      'business.inspect',
      'business.read',
      'business.read',
    ]);
    const timeline = (await call('GET', `/businesses/${b.id}/timeline`, kontum)).json().data;
    expect(timeline[1]).toMatchObject({ actionLabel: 'Ghi nhận kết quả kiểm tra cơ sở' });
  });

  it('derives high risk from drugs in 24 months, lists follow-ups due and filters by risk', async () => {
    const drugs = await create('Bar Sông Đăk Bla', { line: 'dance_bar' });
    const r1 = await inspect(drugs.id, drugs.version, {
      on: daysAgo(200),
      customersTested: 10,
      customersPositive: 2,
      findings: 'Hai khách dương tính',
    });
    expect(r1.json().business).toMatchObject({ risk: 'high', followUpOn: daysAgo(185), followUpDue: true });
    // The reason names the inspection behind the level, with the rules' numbers for the sentence.
    expect(r1.json().business).toMatchObject({
      riskReason: { kind: 'drugs', on: daysAgo(200) },
      riskRules: { drugsWindowMonths: 24, repeatViolationsForHigh: 3, followUpDaysAfterDrugs: 15 },
    });
    const old = await create('Karaoke Cũ');
    const r2 = await inspect(old.id, old.version, {
      on: daysAgo(30 * 31),
      checklist: [{ itemId: 'no_drugs_found', result: 'not_met' }],
      followUpOn: daysAgo(30 * 31 - 20),
    });
    // Drugs found 31 months ago: no longer high; a follow-up long past is still due until someone inspects.
    expect(r2.json().business).toMatchObject({ risk: 'low', followUpDue: true, riskReason: { kind: 'low' } });

    const ids = async (query: string) =>
      (await call('GET', `/businesses?${query}&pageSize=100`, kontum))
        .json()
        .data.map((x: { id: string }) => x.id);
    expect(await ids('risk=high')).toContain(drugs.id);
    expect(await ids('risk=high')).not.toContain(old.id);
    expect(await ids('risk=low')).toContain(old.id);
    expect(await ids('followUp=due')).toEqual(expect.arrayContaining([drugs.id, old.id]));
    expect(await ids('line=dance_bar')).toEqual([drugs.id]);
    // Every record's risk agrees with the SQL filter.
    for (const level of ['unassessed', 'low', 'medium', 'high']) {
      const page = (await call('GET', `/businesses?risk=${level}&pageSize=100`, kontum)).json();
      for (const x of page.data) expect(x.risk).toBe(level);
    }
    // A revoked premises leaves the follow-up list.
    const moved = await call('POST', `/businesses/${old.id}/transitions`, kontum, {
      to: 'revoked',
      on: today,
      reason: 'Thu hồi giấy chứng nhận',
      version: r2.json().business.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await ids('followUp=due')).not.toContain(old.id);
    const back = await call('POST', `/businesses/${old.id}/transitions`, kontum, {
      to: 'operating',
      on: today,
      reason: 'Mở lại',
      version: moved.json().version,
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toContain('trạng thái cuối');
  });

  it('counts inspections of a period by line and commune for a report indicator', async () => {
    const res = await call('GET', `/businesses/statistics?from=${daysAgo(365)}&to=${today}`, leader);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.totals).toMatchObject({ fines: 1, fineTotalVnd: 5_000_000, customersPositive: 2 });
    expect(s.totals.inspections).toBeGreaterThanOrEqual(3);
    expect(s.totals.withDrugs).toBe(1);
    const karaokeRow = s.rows.find((r: { line: string }) => r.line === 'karaoke');
    expect(karaokeRow).toMatchObject({ unit: { id: ward }, inspections: 2, withViolations: 1 });
    expect(s.byRisk.high).toBeGreaterThanOrEqual(1);
    expect(Object.keys(s.byRisk).sort()).toEqual(['high', 'low', 'medium', 'unassessed']);
    // Another commune's police count nothing of Phường Kon Tum.
    const there = (
      await call('GET', `/businesses/statistics?from=${daysAgo(365)}&to=${today}`, dakHa)
    ).json();
    expect(there.totals.inspections).toBe(0);
    const backwards = await call('GET', `/businesses/statistics?from=${today}&to=${daysAgo(3)}`, leader);
    expect(backwards.statusCode).toBe(400);
  });

  it('links hotspots in the officer’s jurisdiction only', async () => {
    const h = await call('POST', '/hotspots', kontum, {
      name: 'Phòng hát số 5',
      behaviours: ['organising_use'],
      detectedOn: daysAgo(3),
      unitId: ward,
    });
    const b = await create('Karaoke Có Điểm', { hotspotIds: [h.json().id] });
    expect(b.hotspots).toEqual([{ id: h.json().id, name: 'Phòng hát số 5', status: 'detected' }]);
    const foreign = await call('POST', '/businesses', dakHa, {
      ...karaoke('Karaoke Đăk Hà'),
      unitId: await unitId(t.db, '23500', today),
      hotspotIds: [h.json().id],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].path).toBe('hotspotIds.0');
  });

  it('refuses out-of-scope (404), wrong role (403) and stale versions (409)', async () => {
    const b = await create('Karaoke Phường');
    expect((await call('GET', `/businesses/${b.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/businesses/${b.id}`, dakHa, { ...karaoke('X'), version: b.version })).statusCode,
    ).toBe(404);
    expect((await inspect(b.id, b.version, { on: today }, dakHa)).statusCode).toBe(404);
    expect((await call('GET', `/businesses?q=karaoke phuong`, dakHa)).json().total).toBe(0);
    expect((await call('GET', `/businesses/${b.id}`, committee)).statusCode).toBe(200);
    expect((await call('POST', '/businesses', committee, karaoke('Karaoke UBND'))).statusCode).toBe(403);
    expect((await inspect(b.id, b.version, { on: today }, committee)).statusCode).toBe(403);
    expect((await call('GET', '/businesses', leader)).statusCode).toBe(403);
    // Outside the officer's jurisdiction: refused naming the commune field.
    const away = await call('POST', '/businesses', dakHa, karaoke('Karaoke Lạc Chỗ'));
    expect(away.json().error.details[0].path).toBe('unitId');

    const edited = await call('PUT', `/businesses/${b.id}`, kontum, {
      ...karaoke('Karaoke Phường Mới'),
      version: b.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await call('PUT', `/businesses/${b.id}`, kontum, {
      ...karaoke('Karaoke Cũ Hơn'),
      version: b.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await inspect(b.id, b.version, { on: today })).statusCode).toBe(409);
    const [a, c] = await Promise.all([
      inspect(b.id, edited.json().version, { on: today }),
      call('POST', `/businesses/${b.id}/transitions`, kontum, {
        to: 'suspended',
        on: today,
        reason: 'Đình chỉ',
        version: edited.json().version,
      }),
    ]);
    expect([a.statusCode, c.statusCode].sort()).toEqual([201, 409]);
  });

  it('refuses bad input with 400 naming the field, writing nothing', async () => {
    const b = await create('Karaoke Kiểm Tra Sai');
    const path = async (res: Awaited<ReturnType<typeof call>>) => {
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.details.map((d: { path: string }) => d.path);
    };
    expect(
      await path(
        await inspect(b.id, b.version, { on: today, sanctions: [{ kind: 'fine', amountVnd: -500_000 }] }),
      ),
    ).toEqual(['sanctions.0.amountVnd']);
    const fine = await inspect(b.id, b.version, { on: today, sanctions: [{ kind: 'fine', amountVnd: -1 }] });
    expect(fine.json().error.details[0].message).toBe('Số tiền phạt phải là số nguyên dương (đồng)');
    expect(await path(await inspect(b.id, b.version, { on: daysAgo(3), followUpOn: daysAgo(4) }))).toEqual([
      'followUpOn',
    ]);
    expect(
      await path(
        await inspect(b.id, b.version, {
          on: daysAgo(10),
          checklist: [
            { itemId: 'massage_separate_rooms', result: 'met' },
            { itemId: 'khong_co', result: 'met' },
          ],
          customersTested: 1,
          customersPositive: 2,
          sanctions: [{ kind: 'suspension', from: daysAgo(5), to: daysAgo(9) }],
        }),
      ),
    ).toEqual(['checklist.0.itemId', 'checklist.1.itemId', 'customersPositive', 'sanctions.0.to']);
    expect(await path(await inspect(b.id, b.version, { on: daysAgo(-2) }))).toEqual(['on']);
    expect(await path(await inspect(b.id, b.version, { on: today, customersTested: -1 }))).toEqual([
      'customersTested',
    ]);
    const future = await call(
      'POST',
      '/businesses',
      kontum,
      karaoke('Karaoke Tương Lai', { certificateDate: daysAgo(-1) }),
    );
    expect(await path(future)).toEqual(['certificateDate']);
    const en = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${b.id}/inspections`,
      headers: { authorization: kontum, 'accept-language': 'en' },
      payload: {
        on: daysAgo(3),
        team: 'Đoàn',
        agencies: ['CA'],
        checklist: [],
        followUpOn: daysAgo(3),
        version: b.version,
      },
    });
    expect(en.json().error.message).toContain('The follow-up date must be after the inspection date');
    const after = (await call('GET', `/businesses/${b.id}`, kontum)).json();
    expect(after).toMatchObject({ version: b.version, inspections: 0 });
  });

  it('serves the checklists with their sources', async () => {
    const res = await call('GET', '/businesses/checklists', committee);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'karaoke_room_area',
          source: 'NĐ 54/2019/NĐ-CP Điều 4',
          confidence: 'confirmed',
        }),
      ]),
    );
  });

  it('writes demo premises across communes through the service, at every risk level, once', async () => {
    const actorFor = async (units: string[], role: 'commune_police' | 'drug_police'): Promise<Actor> => {
      const agencyId = await createAgency(t.db, { kind: role, unitIds: units });
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
      'DEMO-CA-KONTUM': await actorFor([ward], 'commune_police'),
      'DEMO-CA-DAKHA': await actorFor([await unitId(t.db, '23500', today)], 'commune_police'),
      'DEMO-PC04': await actorFor([await unitId(t.db, '51', today)], 'drug_police'),
    };
    const service = t.services.registers.businesses;
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    expect(await businessDemo(service, world)).toBe(10);
    expect(await businessDemo(service, world)).toBe(0);
    const page = await service.list(actors['DEMO-PC04']!, { page: 1, pageSize: 100, q: '(mẫu)' } as never);
    const risks = new Set(page.data.map((b) => b.risk));
    expect([...risks].sort()).toEqual(['high', 'low', 'medium', 'unassessed']);
    expect(new Set(page.data.map((b) => b.unit.id)).size).toBeGreaterThanOrEqual(4);
    expect(page.data.find((b) => b.name === 'Karaoke Ánh Dương (mẫu)')).toMatchObject({ followUpDue: true });
    expect(page.data.find((b) => b.name === 'Karaoke Thanh Xuân (mẫu)')).toMatchObject({ status: 'revoked' });
  });
});
