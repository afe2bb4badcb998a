import { type MessageId, type MessageParams, renderMessage } from '@pcmt/contracts';
import { ruleSetFor } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * Key communes through the HTTP API (issue 8): recorded figures, classification under the rule set of the
 * date and the units of the date (before and after the 2025 reorganisation), designation and removal of key
 * areas, the province view, the commune page and the targets; scope, roles, stale versions and bad dates.
 */
describeEachBackend('key areas', (getDb) => {
  let t: TestApp;
  let pc04: string;
  let leadership: string;
  let kontumWard: string; // Công an phường Kon Tum (2025 ward)
  let kontumCommittee: string; // UBND phường Kon Tum (reads only)
  let dakHa: string; // Công an xã Đăk Hà
  let thangLoi: string; // Phường Thắng Lợi, until 30/6/2025
  let wardToday: string; // Phường Kon Tum, from 1/7/2025 (absorbed Thắng Lợi)
  let dakHaToday: string;
  let hotspotId = '';
  let hotspotVersion = 0;
  const ids: Record<string, string> = {};

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    auth: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth, ...headers },
      ...(payload ? { payload: payload as object } : {}),
    });
  const agencies: string[] = [];
  const officer = async (kind: string, unitIds: string[], role: string) => {
    const agencyId = await createAgency(t.db, { kind: kind as never, unitIds });
    agencies.push(agencyId);
    const u = await createUser(t.db, { agencyId, roles: [role as never] });
    return bearerFor(t.services, u, agencyId, t.db);
  };
  const figures = {
    population: 10_000,
    personsWithRecords: 100,
    addicts: 120,
    drugUseVenueCount: 3,
    arrestedOffenders: 20,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: false,
  };
  const count = async (table: 'key_area' | 'audit_event', where = sql`true`) =>
    (
      await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`,
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    wardToday = await unitId(t.db, '23293', '2026-01-01');
    thangLoi = await unitId(t.db, '23293', '2025-06-30');
    dakHaToday = await unitId(t.db, '23500', '2026-01-01');
    const province = [await unitId(t.db, '62', '2024-01-01'), await unitId(t.db, '51', '2026-01-01')];
    pc04 = await officer('drug_police', province, 'drug_police');
    leadership = await officer('steering_committee', province, 'leadership');
    kontumWard = await officer('commune_police', [wardToday], 'commune_police');
    kontumCommittee = await officer('ubnd', [wardToday], 'commune_committee');
    dakHa = await officer('commune_police', [dakHaToday], 'commune_police');
    // A tụ điểm recorded in 2024 in Thắng Lợi, live since April 2024.
    const h = await call('POST', '/hotspots', pc04, {
      name: 'Nhà trọ ven sông',
      behaviours: ['harbouring_use'],
      detectedOn: '2024-03-10',
      unitId: thangLoi,
      users: 6,
    });
    expect(h.statusCode, h.body).toBe(201);
    const active = await call('POST', `/hotspots/${h.json().id}/transitions`, pc04, {
      to: 'active',
      on: '2024-04-01',
      reason: 'Xác định có tụ tập sử dụng',
      version: h.json().version,
    });
    hotspotId = active.json().id;
    hotspotVersion = active.json().version;
  });

  it('classifies a commune on 30/6/2025 under its old unit and on 1/7/2025 under its new one, each with the rule set that applied', async () => {
    // The commune police of the 2025 ward record the figures of the ward merged into theirs, and their own.
    const old = await call('POST', '/areas/indicators', kontumWard, {
      unitId: thangLoi,
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      ...figures,
      sourceNote: 'Báo cáo 6 tháng đầu năm 2025',
    });
    expect(old.statusCode, old.body).toBe(201);
    const now = await call('POST', '/areas/indicators', kontumWard, {
      unitId: wardToday,
      periodFrom: '2025-07-01',
      periodTo: '2025-12-31',
      ...figures,
    });
    expect(now.statusCode, now.body).toBe(201);
    ids.figuresNow = now.json().id;

    const before = await call('POST', '/areas/classifications', kontumWard, {
      on: '2025-06-30',
      unitId: thangLoi,
    });
    expect(before.statusCode, before.body).toBe(201);
    const b = before.json().data[0];
    expect(b).toMatchObject({
      unit: { id: thangLoi, name: 'Phường Thắng Lợi' },
      asOf: '2025-06-30',
      communeClass: 'class_1',
      ruleSet: { id: ruleSetFor('2025-06-30')!.id, version: ruleSetFor('2025-06-30')!.version },
      indicator: { id: old.json().id, periodFrom: '2025-01-01', periodTo: '2025-06-30' },
      inputs: { addicts: 120, activeGatherings: 1, activeSpots: 0 },
    });
    expect(b.ruleSet.id).toBe('qd-3122-2010');
    expect(b.explanation.vi).toContain('Loại I');
    expect(b.criteria.length).toBeGreaterThan(0);

    const after = await call('POST', '/areas/classifications', kontumWard, {
      on: '2025-07-01',
      unitId: wardToday,
    });
    expect(after.statusCode, after.body).toBe(201);
    const a = after.json().data[0];
    // The 2024 tụ điểm of Thắng Lợi counts in the ward that absorbed it.
    expect(a).toMatchObject({
      unit: { id: wardToday, name: 'Phường Kon Tum' },
      asOf: '2025-07-01',
      ruleSet: { id: ruleSetFor('2025-07-01')!.id },
      inputs: { activeGatherings: 1 },
    });
    // After QĐ 28/2025 takes effect, the same commune is classified under it.
    const later = await call('POST', '/areas/classifications', pc04, { on: '2025-09-01', unitId: wardToday });
    expect(later.json().data[0]).toMatchObject({ ruleSet: { id: 'qd-28-2025' }, communeClass: 'class_1' });
    ids.basis = later.json().data[0].id;
    ids.oldBasis = b.id;

    // The old ward no longer exists on 1/7/2025.
    const gone = await call('POST', '/areas/classifications', pc04, { on: '2025-07-01', unitId: thangLoi });
    expect(gone.statusCode).toBe(400);
    expect(gone.json().error.details[0].path).toBe('unitId');
    expect(gone.json().error.message).toContain('01/07/2025');

    // Statuses are read on the date: eliminating the place in 2026 does not change a re-run for 1/7/2025.
    const elim = await call('POST', `/hotspots/${hotspotId}/transitions`, pc04, {
      to: 'eliminated',
      on: '2026-01-10',
      reason: 'Triệt xóa',
      version: hotspotVersion,
    });
    expect(elim.statusCode, elim.body).toBe(200);
    const rerun = await call('POST', '/areas/classifications', pc04, { on: '2025-07-01', unitId: wardToday });
    expect(rerun.json().data[0].inputs.activeGatherings).toBe(1);
    const y2026 = await call('POST', '/areas/classifications', pc04, { on: '2026-02-01', unitId: wardToday });
    expect(y2026.json().data[0]).toMatchObject({
      inputs: { activeGatherings: 0, population: null },
      indicator: null,
    });

    // Explained and listed; a commune officer sees only their commune (old ward included), leaders all.
    const got = await call('GET', `/areas/classifications/${b.id}`, kontumCommittee);
    expect(got.statusCode).toBe(200);
    expect((await call('GET', `/areas/classifications/${b.id}`, dakHa)).statusCode).toBe(404);
    const mine = (await call('GET', '/areas/classifications?pageSize=100', kontumWard)).json();
    expect(mine.data.every((c: { unit: { id: string } }) => [wardToday, thangLoi].includes(c.unit.id))).toBe(
      true,
    );
    expect((await call('GET', '/areas/classifications', dakHa)).json().total).toBe(0);
    // Every commune of the jurisdiction that day: a commune officer's run covers only their commune.
    const all = await call('POST', '/areas/classifications', kontumWard, { on: '2026-01-01' });
    expect(all.json().data.map((c: { unit: { id: string } }) => c.unit.id)).toEqual([wardToday]);
  });

  it('refuses bad periods, dates and units with Vietnamese messages naming the field', async () => {
    const base = { unitId: wardToday, ...figures };
    const cases: [unknown, string, string][] = [
      [
        { ...base, periodFrom: '2025-09-01', periodTo: '2025-08-01' },
        'periodTo',
        'Ngày kết thúc kỳ không được trước ngày bắt đầu',
      ],
      [
        { ...base, periodFrom: '2025-07-01', periodTo: '2026-07-01' },
        'periodTo',
        'Kỳ số liệu dài tối đa một năm',
      ],
      [
        { ...base, periodFrom: '2099-01-01', periodTo: '2099-01-31' },
        'periodFrom',
        'Ngày không được sau ngày hôm nay',
      ],
      [
        { ...base, unitId: thangLoi, periodFrom: '2025-06-01', periodTo: '2025-07-31' },
        'unitId',
        'Đơn vị đã chọn không phải xã, phường, thị trấn còn hiệu lực trong cả kỳ 01/06/2025 – 31/07/2025',
      ],
      [{ ...base, periodFrom: '2025-02-30', periodTo: '2025-03-01' }, 'periodFrom', ''],
    ];
    for (const [body, path, message] of cases) {
      const res = await call('POST', '/areas/indicators', kontumWard, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details[0].path).toBe(path);
      if (message) expect(res.json().error.message).toBe(message);
      expect(res.json().error.message).toMatch(/[à-ỹđ]/i);
    }
    // The same period twice: 409; in English on request.
    const dup = await call(
      'POST',
      '/areas/indicators',
      kontumWard,
      { ...base, periodFrom: '2025-07-01', periodTo: '2025-09-30' },
      { 'accept-language': 'en' },
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe(
      'This commune already has figures for the period starting on 01/07/2025',
    );
    // Another commune's figures: refused for a commune officer.
    const elsewhere = await call('POST', '/areas/indicators', dakHa, {
      ...base,
      periodFrom: '2025-10-01',
      periodTo: '2025-10-31',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.message).toBe(
      'Đơn vị hành chính nằm ngoài địa bàn phụ trách của cơ quan bạn',
    );
    // Figures are versioned: a stale update is 409, a fresh one bumps the version.
    const current = (await call('GET', `/areas/indicators/${ids.figuresNow}`, kontumWard)).json();
    const body = { ...base, periodFrom: current.periodFrom, periodTo: current.periodTo, population: 10_500 };
    const ok = await call('PUT', `/areas/indicators/${ids.figuresNow}`, kontumWard, {
      ...body,
      version: current.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ population: 10_500, version: current.version + 1 });
    const stale = await call('PUT', `/areas/indicators/${ids.figuresNow}`, pc04, {
      ...body,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await call('PUT', `/areas/indicators/${ids.figuresNow}`, dakHa, { ...body, version: 2 })).statusCode,
    ).toBe(404);
    expect(
      (await call('PUT', `/areas/indicators/${ids.figuresNow}`, kontumCommittee, { ...body, version: 2 }))
        .statusCode,
    ).toBe(403);
    const timeline = (await call('GET', `/areas/indicators/${ids.figuresNow}/timeline`, kontumWard)).json()
      .data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'commune_indicator.create',
      'commune_indicator.update',
    ]);

    // Classification dates: in the future, before any rule set, impossible; a unit outside one's commune.
    const future = await call('POST', '/areas/classifications', pc04, {
      on: '2099-01-01',
      unitId: wardToday,
    });
    expect(future.json().error).toMatchObject({
      message: 'Ngày không được sau ngày hôm nay',
      details: [{ path: 'on' }],
    });
    const early = await call('POST', '/areas/classifications', pc04, { on: '2008-01-01', unitId: thangLoi });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toBe('Chưa có bộ tiêu chí xếp loại áp dụng vào ngày 01/01/2008');
    const bad = await call('POST', '/areas/classifications', pc04, { on: '2025-13-01' });
    expect(bad.json().error.details[0].path).toBe('on');
    const out = await call('POST', '/areas/classifications', dakHa, { on: '2026-01-01', unitId: wardToday });
    expect(out.json().error.details[0].path).toBe('unitId');
    expect(
      (await call('POST', '/areas/classifications', kontumCommittee, { on: '2026-01-01' })).statusCode,
    ).toBe(403);
  });

  it('designates a commune by decision, corrects and removes it, with scope, roles, stale versions and audit', async () => {
    const auditBefore = await count('audit_event', sql`action = 'key_area.create'`);
    const decision = {
      basisClassificationId: ids.basis,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2025-09-15',
      decisionIssuer: 'UBND tỉnh Quảng Ngãi',
      citations: ['Kế hoạch 3220/KH-UBND'],
    };
    // Commune police cannot designate; the committee cannot either.
    expect((await call('POST', '/areas', kontumWard, decision)).statusCode).toBe(403);
    expect((await call('POST', '/areas', kontumCommittee, decision)).statusCode).toBe(403);
    // Dates: not before the classification, not in the future; the old ward cannot be designated after it merged.
    const tooEarly = await call('POST', '/areas', pc04, { ...decision, decisionDate: '2025-08-01' });
    expect(tooEarly.json().error).toMatchObject({
      message: 'Ngày không được trước ngày xếp loại (01/09/2025)',
      details: [{ path: 'decisionDate' }],
    });
    const merged = await call('POST', '/areas', pc04, {
      ...decision,
      basisClassificationId: ids.oldBasis,
      decisionDate: '2025-07-15',
    });
    expect(merged.json().error.details[0].path).toBe('basisClassificationId');
    expect(merged.json().error.message).toContain('15/07/2025');
    // A commune with no figures is not classified: it cannot be designated.
    const unclassified = (await call('POST', '/areas/classifications', dakHa, { on: '2026-01-01' })).json()
      .data[0];
    expect(unclassified.communeClass).toBe('not_classified');
    const refused = await call('POST', '/areas', pc04, {
      ...decision,
      basisClassificationId: unclassified.id,
      decisionDate: '2026-01-02',
    });
    expect(refused.json().error.message).toBe(
      'Chỉ chỉ định xã được xếp loại I, II hoặc III làm địa bàn trọng điểm, phức tạp',
    );
    expect(await count('key_area')).toBe(0);
    expect(await count('audit_event', sql`action = 'key_area.create'`)).toBe(auditBefore);

    const created = await call('POST', '/areas', pc04, decision);
    expect(created.statusCode, created.body).toBe(201);
    const area = created.json();
    expect(area).toMatchObject({
      unit: { id: wardToday },
      status: 'designated',
      communeClass: 'class_1',
      basis: { id: ids.basis, ruleSetId: 'qd-28-2025' },
    });
    // Its audit row was written with it.
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'key_area.create' and record_id = ${area.id}`,
    );
    expect(row!.n).toBe(1);
    // One designation in force per commune.
    const twice = await call('POST', '/areas', pc04, decision);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(
      'Xã, phường này đang là địa bàn trọng điểm theo quyết định 125/QĐ-UBND',
    );
    expect(await count('key_area')).toBe(1);

    // Scope: the ward's police and committee see it, Đăk Hà's do not; leadership lists everything.
    expect((await call('GET', `/areas/${area.id}`, kontumWard)).statusCode).toBe(200);
    expect((await call('GET', `/areas/${area.id}`, kontumCommittee)).statusCode).toBe(200);
    expect((await call('GET', `/areas/${area.id}`, dakHa)).statusCode).toBe(404);
    expect((await call('GET', '/areas', dakHa)).json().total).toBe(0);
    const listed = (
      await call('GET', '/areas?communeClass=class_1&status=designated&q=kon tum', leadership)
    ).json();
    expect(listed).toMatchObject({ total: 1, data: [{ id: area.id }] });

    // Correction: versioned.
    const fix = { ...decision, note: 'Bổ sung căn cứ', version: area.version };
    const fixed = await call('PUT', `/areas/${area.id}`, pc04, fix);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await call('PUT', `/areas/${area.id}`, pc04, fix)).statusCode).toBe(409);
    expect(
      (await call('PUT', `/areas/${area.id}`, kontumWard, { ...fix, version: fixed.json().version }))
        .statusCode,
    ).toBe(403);

    // Removal: not before the decision; stale version 409; then removed, and a second removal is 409.
    const v = fixed.json().version;
    const removal = {
      decisionNumber: '300/QĐ-UBND',
      on: '2026-09-30',
      reason: 'Đã chuyển hóa thành công',
      version: v,
    };
    const early = await call('POST', `/areas/${area.id}/removal`, pc04, { ...removal, on: '2025-09-01' });
    expect(early.json().error).toMatchObject({
      message: 'Ngày không được trước ngày quyết định chỉ định (15/09/2025)',
      details: [{ path: 'on' }],
    });
    expect(
      (await call('POST', `/areas/${area.id}/removal`, pc04, { ...removal, version: v - 1 })).statusCode,
    ).toBe(409);
    expect((await call('POST', `/areas/${area.id}/removal`, dakHa, removal)).statusCode).toBe(403);
    const removed = await call('POST', `/areas/${area.id}/removal`, pc04, removal);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({
      status: 'removed',
      removal: { decisionNumber: '300/QĐ-UBND', on: '2026-09-30' },
    });
    const again = await call('POST', `/areas/${area.id}/removal`, pc04, {
      ...removal,
      version: removed.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Không thể chuyển từ «Đã đưa ra khỏi danh sách»');

    const timeline = (await call('GET', `/areas/${area.id}/timeline`, kontumWard)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'key_area.create',
      'key_area.update',
      'key_area.remove',
    ]);
    expect(timeline.at(-1)).toMatchObject({ reason: 'Đã chuyển hóa thành công' });
    expect((await call('GET', `/areas/${area.id}/attachments`, kontumWard)).json()).toEqual({ data: [] });
    ids.area = area.id;
  });

  it('shows the province by class, one commune’s page and the targets, for a date and within scope', async () => {
    const province = await call('GET', '/areas/province?on=2025-10-01', leadership);
    expect(province.statusCode, province.body).toBe(200);
    const p = province.json();
    const ward = p.communes.find((c: { unit: { id: string } }) => c.unit.id === wardToday);
    expect(ward).toMatchObject({
      communeClass: 'class_1',
      designation: { id: ids.area, decisionNumber: '125/QĐ-UBND' },
    });
    expect(p.counts.class_1).toBeGreaterThanOrEqual(1);
    expect(p.designated).toBe(1);
    expect(p.communes.length).toBeGreaterThan(50);
    // After the removal date the designation is gone from the view; before 1/7/2025 the old ward is listed.
    const later = (await call('GET', '/areas/province?on=2026-10-01', leadership)).json();
    expect(later.designated).toBe(0);
    const old = (await call('GET', '/areas/province?on=2025-06-30', kontumWard)).json();
    expect(old.communes.map((c: { unit: { id: string } }) => c.unit.id)).toContain(thangLoi);
    expect(old.communes.find((c: { unit: { id: string } }) => c.unit.id === thangLoi).communeClass).toBe(
      'class_1',
    );
    const mine = (await call('GET', '/areas/province?on=2025-10-01', kontumWard)).json();
    expect(mine.communes.map((c: { unit: { id: string } }) => c.unit.id)).toEqual([wardToday]);
    expect((await call('GET', '/areas/province?on=2099-01-01', leadership)).statusCode).toBe(400);

    const page = await call('GET', `/communes/${wardToday}/overview?on=2025-10-01`, kontumCommittee);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      unit: { id: wardToday, name: 'Phường Kon Tum' },
      classification: { id: ids.basis, communeClass: 'class_1' },
      designation: { id: ids.area, status: 'removed' },
      hotspots: { live: 1, eliminated: 0, since: '2025-01-01' },
      tasks: { open: 0, overdue: 0 },
    });
    // The commune's programme and its open and overdue tasks (programme register, read by SQL).
    const programme = await call('POST', '/programmes', pc04, {
      name: 'Chuyển hóa địa bàn phường Kon Tum',
      unitId: wardToday,
      periodFrom: '2025-10-01',
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const task = await call('POST', '/tasks', pc04, {
      title: 'Rà soát người sử dụng trái phép chất ma túy',
      unitId: wardToday,
      sourceKind: 'directive',
      assigneeAgencyId: agencies[2],
      assignedOn: '2025-10-02',
      deadline: '2025-10-20',
    });
    expect(task.statusCode, task.body).toBe(201);
    const withProgramme = (
      await call('GET', `/communes/${wardToday}/overview?on=2025-11-01`, kontumWard)
    ).json();
    expect(withProgramme).toMatchObject({
      programme: { id: programme.json().id, periodFrom: '2025-10-01' },
      tasks: { open: 1, overdue: 1 },
    });
    const beforeDeadline = (
      await call('GET', `/communes/${wardToday}/overview?on=2025-10-10`, kontumWard)
    ).json();
    expect(beforeDeadline.tasks).toEqual({ open: 1, overdue: 0 });
    const in2026 = (await call('GET', `/communes/${wardToday}/overview?on=2026-02-01`, kontumWard)).json();
    expect(in2026.hotspots).toMatchObject({ live: 0, eliminated: 1 });
    expect((await call('GET', `/communes/${wardToday}/overview`, dakHa)).statusCode).toBe(404);
    expect((await call('GET', `/communes/${wardToday}/overview`, leadership)).statusCode).toBe(200);

    const targets = await call('GET', '/areas/targets?on=2026-02-01', leadership);
    expect(targets.statusCode, targets.body).toBe(200);
    const drugFree = targets.json().targets.find((x: { id: string }) => x.id === 'drug_free_communes_2030');
    expect(drugFree).toMatchObject({ measured: true, target: 50, province: { numerator: 0 } });
    expect(drugFree.province.denominator).toBeGreaterThan(50);
    const eliminated = targets
      .json()
      .targets.find((x: { id: string }) => x.id === 'drug_use_places_eliminated');
    expect(eliminated.province).toMatchObject({ numerator: 1, denominator: 1, met: true });
    const wardTargets = (await call('GET', '/areas/targets?on=2026-02-01', kontumWard)).json();
    expect(wardTargets.communes).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ id: wardToday }) }),
    ]);
  });

  it('lets one of two designations of the same commune at once through; the other gets 409', async () => {
    const recorded = await call('POST', '/areas/indicators', dakHa, {
      unitId: dakHaToday,
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      ...figures,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const [basis] = (
      await call('POST', '/areas/classifications', pc04, { on: '2026-03-31', unitId: dakHaToday })
    ).json().data;
    expect(basis.communeClass).toBe('class_1');
    const body = {
      basisClassificationId: basis.id,
      decisionNumber: '77/QĐ-UBND',
      decisionDate: '2026-04-10',
      decisionIssuer: 'UBND tỉnh Quảng Ngãi',
    };
    const [a, b] = await Promise.all([
      call('POST', '/areas', pc04, body),
      call('POST', '/areas', pc04, body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await count('key_area', sql`unit_id = ${dakHaToday}`)).toBe(1);
    expect(
      await count(
        'audit_event',
        sql`action = 'key_area.create' and record_id in (select id::text from key_area where unit_id = ${dakHaToday})`,
      ),
    ).toBe(1);
  });
});

it('has an English form for every parameterised message of key areas', () => {
  const messages: [MessageId, MessageParams?][] = [
    ['commune_indicator.notCommuneThroughout', { from: '01/06/2025', to: '31/07/2025' }],
    ['commune_indicator.duplicatePeriod', { date: '01/07/2025' }],
    ['commune_indicator.periodTaken', { date: '01/07/2025' }],
    ['commune_classification.noRuleSet', { date: '01/01/2008' }],
    ['key_area.basisCommuneGone', { date: '15/07/2025' }],
    ['key_area.alreadyDesignated', { decision: '125/QĐ-UBND' }],
    ['key_area.basisOtherCommune', { commune: 'Phường Kon Tum' }],
    ['key_area.dateAfterRemoval', { date: '30/09/2026' }],
    ['key_area.dateBeforeClassification', { date: '01/09/2025' }],
    ['unit.notCommuneOnDate', { date: '01/07/2025' }],
    ['commune_classification.notFound'],
    ['key_area.notFound'],
    ['commune_indicator.notFound'],
    ['commune.notFound'],
  ];
  for (const [id, params] of messages) {
    const en = renderMessage(id, params, 'en');
    expect(en, id).not.toBe(renderMessage(id, params, 'vi'));
    expect(en, id).not.toContain('{');
    // Only what the user typed (a decision number, a commune name) stays Vietnamese.
    expect(en.replace(/QĐ|Phường Kon Tum/g, ''), id).not.toMatch(/[à-ỹđ]/i);
  }
});
