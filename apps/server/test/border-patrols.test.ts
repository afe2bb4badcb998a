import type { Role } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { borderPatrolDemo } from '../src/modules/border/patrol.demo.ts';
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
 * The border-patrol register through its HTTP API (issue 11 item 5): a station plans and runs patrols in its
 * border communes, reports seizures (unit-safe totals), arrests and tips, and the counts roll up by period,
 * commune and station; other stations never see them; refusals change nothing.
 */
describeEachBackend('border patrol register', (getDb) => {
  let t: TestApp;
  let boY: string; // Xã Bờ Y today (cửa khẩu quốc tế Bờ Y)
  let iaToi: string; // Xã Ia Tơi today (borders Cambodia)
  let station: string; // Đồn Biên phòng Bờ Y
  let otherStation: string; // Đồn Biên phòng Ia Tơi
  let pc04: string; // province
  let leader: string; // provincial leadership (counts only)
  let dept: string; // a department (no border work)

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: Role, kind = role) => {
    const agencyId = await createAgency(t.db, {
      kind: kind as never,
      unitIds: units,
      name: role === 'border_guard' ? `Đồn Biên phòng thử ${units.length}` : undefined,
    });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const patrol = (extra: Record<string, unknown> = {}) => ({
    kind: 'patrol',
    route: 'Đường biên từ cột mốc 3 đến cột mốc 5',
    unitId: boY,
    startOn: daysAgo(3),
    officers: 12,
    forces: ['Tổ công tác Đồn Biên phòng Bờ Y'],
    jointWith: ['laos'],
    counterpart: 'Đại đội bảo vệ biên giới Attapeu',
    status: 'in_progress',
    ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}, auth = station) => {
    const res = await call('POST', '/border-patrols', auth, patrol(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const report = (id: string, version: number, body: Record<string, unknown>, auth = station) =>
    call('POST', `/border-patrols/${id}/results`, auth, { on: daysAgo(2), version, ...body });
  const paths = (res: { json: () => { error: { details: { path: string }[] } } }) =>
    res.json().error.details.map((d) => d.path);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    boY = await unitId(t.db, '23377', today);
    iaToi = await unitId(t.db, '23538', today);
    station = await officer([boY], 'border_guard');
    otherStation = await officer([iaToi], 'border_guard');
    pc04 = await officer([await unitId(t.db, '51', today)], 'drug_police');
    leader = await officer([await unitId(t.db, '51', today)], 'leadership', 'steering_committee' as Role);
    dept = await officer([await unitId(t.db, '51', today)], 'department');
  });

  it('records a bilateral patrol with a seizure, keeps grams and tablets apart, completes it', async () => {
    const p = await create({ gateCode: 'BO_Y' });
    expect(p).toMatchObject({
      status: 'in_progress',
      joint: true,
      gate: { code: 'BO_Y', name: 'Cửa khẩu quốc tế Bờ Y', country: 'LA' },
      station: expect.stringContaining('Đồn Biên phòng'),
      allowedTransitions: ['completed', 'cancelled'],
    });
    const res = await report(p.id, p.version, {
      arrests: 2,
      tipsPassed: 1,
      seizures: [
        { drugType: 'meth_crystal', measure: 'kg', quantity: 1.2 },
        { drugType: 'meth_crystal', measure: 'g', quantity: 300.5 },
        { drugType: 'tablets', measure: 'vien', quantity: 500 },
      ],
      note: 'Bắt quả tang 2 đối tượng vận chuyển qua đường mòn',
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = res.json().patrol;
    expect(after).toMatchObject({ arrests: 2, tipsPassed: 1, version: p.version + 1 });
    expect(after.seizureTotals).toEqual([
      { drugType: 'meth_crystal', family: 'mass', unit: 'g', quantity: 1500.5 },
      { drugType: 'tablets', family: 'tablets', unit: 'vien', quantity: 500 },
    ]);
    // The field quick entry completes the patrol with its last report.
    const last = await report(p.id, after.version, { on: daysAgo(1), arrests: 1, complete: true });
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json().patrol).toMatchObject({ status: 'completed', endOn: daysAgo(1), arrests: 3 });

    await call('GET', `/border-patrols/${p.id}`, station);
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${p.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'border_patrol.create',
      'border_patrol.result',
      'border_patrol.result',
      'border_patrol.read',
    ]);
    const timeline = (await call('GET', `/border-patrols/${p.id}/timeline`, station)).json().data;
    expect(timeline[1]).toMatchObject({ actionLabel: 'Ghi nhận kết quả tuần tra, kiểm soát' });
  });

  it('a station sees its border communes only; PC04 the province; leadership counts only', async () => {
    const mine = await create({ route: 'Tuyến riêng Bờ Y' });
    const theirs = await create(
      { unitId: iaToi, route: 'Tuyến Ia Tơi', jointWith: ['cambodia'] },
      otherStation,
    );
    expect((await call('GET', `/border-patrols/${theirs.id}`, station)).statusCode).toBe(404);
    expect((await call('GET', `/border-patrols/${mine.id}`, otherStation)).statusCode).toBe(404);
    const put = await call('PUT', `/border-patrols/${theirs.id}`, station, {
      ...patrol({ unitId: iaToi }),
      status: undefined,
      version: theirs.version,
    });
    expect(put.statusCode).toBe(404);
    const list = (await call('GET', '/border-patrols?pageSize=100', station)).json();
    expect(list.data.every((p: { unit: { id: string } }) => p.unit.id === boY)).toBe(true);
    // Writing into another station's commune is refused, naming the field.
    const away = await call('POST', '/border-patrols', station, patrol({ unitId: iaToi }));
    expect(away.statusCode).toBe(400);
    expect(paths(away)).toEqual(['unitId']);
    const province = (await call('GET', '/border-patrols?pageSize=100', pc04)).json();
    const ids = province.data.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    // Filters are the database's: bilateral with Cambodia, by commune.
    const cambodia = (await call('GET', `/border-patrols?joint=cambodia&unitId=${iaToi}`, pc04)).json();
    expect(cambodia.data.map((p: { id: string }) => p.id)).toEqual([theirs.id]);
    expect(cambodia.total).toBe(1);
    expect((await call('GET', '/border-patrols', leader)).statusCode).toBe(403);
    expect((await call('GET', '/border-patrols', dept)).statusCode).toBe(403);
    expect((await call('POST', '/border-patrols', leader, patrol())).statusCode).toBe(403);
    expect((await call('GET', '/border-patrols/statistics', leader)).statusCode).toBe(200);
    expect((await call('GET', '/border-patrols/statistics', dept)).statusCode).toBe(403);
  });

  it('moves planned → in progress → completed through the kit; stale and final moves are 409', async () => {
    const p = await create({ status: 'planned', startOn: daysAgo(-3), route: 'Kế hoạch tuần tra' });
    expect(p).toMatchObject({ status: 'planned', allowedTransitions: ['in_progress', 'cancelled'] });
    const early = await report(p.id, p.version, { on: today, arrests: 1 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('Kế hoạch');
    const skip = await call('POST', `/border-patrols/${p.id}/transitions`, station, {
      to: 'completed',
      on: today,
      version: p.version,
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toContain('Đang thực hiện');
    const started = await call('POST', `/border-patrols/${p.id}/transitions`, station, {
      to: 'in_progress',
      on: today,
      version: p.version,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', startOn: today });
    const stale = await call('POST', `/border-patrols/${p.id}/transitions`, station, {
      to: 'completed',
      on: today,
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    const staleResult = await report(p.id, p.version, { on: today, arrests: 1 });
    expect(staleResult.statusCode).toBe(409);
    const noReason = await call('POST', `/border-patrols/${p.id}/transitions`, station, {
      to: 'cancelled',
      on: today,
      version: started.json().version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(paths(noReason)).toEqual(['reason']);
    const done = await call('POST', `/border-patrols/${p.id}/transitions`, station, {
      to: 'completed',
      on: today,
      version: started.json().version,
    });
    expect(done.json()).toMatchObject({ status: 'completed', endOn: today, allowedTransitions: [] });
  });

  it('refuses bad input with Vietnamese messages naming the field, and writes nothing', async () => {
    const p = await create();
    const patrols = async () =>
      (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from border_patrol`))[0]!.n;
    const before = await patrols();
    const neg = await report(p.id, p.version, { arrests: -1 });
    expect(neg.statusCode).toBe(400);
    expect(paths(neg)).toEqual(['arrests']);
    expect(neg.json().error.details[0].message).toBe('Số đối tượng, số tin báo phải là số nguyên không âm');
    const bad = await report(p.id, p.version, {
      on: daysAgo(5),
      seizures: [{ drugType: 'heroin', measure: 'vien', quantity: 3 }],
      personIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['on', 'personIds', 'seizures.0.measure']);
    expect((await report(p.id, p.version, {})).statusCode).toBe(400);
    const tip = await report(p.id, p.version, {
      tipsPassed: 1,
      tipIds: ['00000000-0000-4000-8000-000000000002'],
    });
    expect(paths(tip)).toEqual(['tipIds.0']);
    const zero = await call(
      'POST',
      '/border-patrols',
      station,
      patrol({ officers: 0, gateCode: 'KHONG_CO' }),
    );
    expect(paths(zero)).toEqual(['officers']);
    const gate = await call(
      'POST',
      '/border-patrols',
      station,
      patrol({ gateCode: 'KHONG_CO', jointWith: [] }),
    );
    expect(paths(gate)).toEqual(['gateCode', 'counterpart']);
    expect(gate.json().error.details[0].message).toBe('Không có cửa khẩu «KHONG_CO» trong danh mục');
    const future = await call('POST', '/border-patrols', station, patrol({ startOn: daysAgo(-2) }));
    expect(paths(future)).toEqual(['startOn']);
    const control = await call('POST', '/border-patrols', station, patrol({ route: 'Tuyến\u0000 A' }));
    expect(control.statusCode).toBe(400);
    const long = await call('POST', '/border-patrols', station, patrol({ route: 'x'.repeat(301) }));
    expect(long.statusCode).toBe(400);
    expect(paths(long)).toEqual(['route']);
    const en = await t.app.inject({
      method: 'POST',
      url: `/api/v1/border-patrols/${p.id}/results`,
      headers: { authorization: station, 'accept-language': 'en' },
      payload: { on: daysAgo(2), note: 'Ghi chú', tipIds: [p.id], version: p.version },
    });
    expect(en.json().error.message).toContain('More tips are linked than were passed on');
    const after = (await call('GET', `/border-patrols/${p.id}`, station)).json();
    expect(after).toMatchObject({ version: p.version, results: [] });
    expect(await patrols()).toBe(before);
  });

  it('counts patrols, joint patrols, arrests, tips and seizures by period, commune and station', async () => {
    const from = daysAgo(400);
    const to = daysAgo(300);
    const a = await create({
      startOn: daysAgo(350),
      route: 'Thống kê A',
      jointWith: ['police'],
      counterpart: null,
    });
    await report(a.id, a.version, {
      on: daysAgo(349),
      arrests: 4,
      tipsPassed: 2,
      seizures: [
        { drugType: 'heroin', measure: 'banh', quantity: 3 },
        { drugType: 'heroin', measure: 'g', quantity: 20 },
      ],
    });
    await create({ startOn: daysAgo(340), route: 'Thống kê B', jointWith: [], counterpart: null });
    await create({ startOn: daysAgo(250), route: 'Ngoài kỳ' });
    const b = await create({ unitId: iaToi, startOn: daysAgo(320), route: 'Thống kê C' }, otherStation);
    await report(
      b.id,
      b.version,
      { on: daysAgo(319), seizures: [{ drugType: 'heroin', measure: 'kg', quantity: 0.5 }] },
      otherStation,
    );
    const stats = (await call('GET', `/border-patrols/statistics?from=${from}&to=${to}`, leader)).json();
    expect(stats.totals).toMatchObject({
      patrols: 3,
      jointPatrols: 2,
      foreignJointPatrols: 1,
      officerTurns: 36,
      arrests: 4,
      tipsPassed: 2,
    });
    // Blocks stay blocks; grams from two stations add up; never one heroin figure.
    expect(stats.totals.seizures).toEqual([
      { drugType: 'heroin', family: 'blocks', unit: 'banh', quantity: 3 },
      { drugType: 'heroin', family: 'mass', unit: 'g', quantity: 520 },
    ]);
    expect(stats.rows.map((r: { unit: { id: string }; patrols: number }) => [r.unit.id, r.patrols])).toEqual([
      [boY, 2],
      [iaToi, 1],
    ]);
    const mine = (await call('GET', `/border-patrols/statistics?from=${from}&to=${to}`, station)).json();
    expect(mine.totals).toMatchObject({ patrols: 2, arrests: 4 });
    const one = (
      await call('GET', `/border-patrols/statistics?from=${from}&to=${to}&unitId=${iaToi}`, pc04)
    ).json();
    expect(one.totals.seizures).toEqual([{ drugType: 'heroin', family: 'mass', unit: 'g', quantity: 500 }]);
    const backwards = await call('GET', `/border-patrols/statistics?from=${to}&to=${from}`, leader);
    expect(backwards.statusCode).toBe(400);
  });

  it('serves the gates and border communes with their confidence', async () => {
    const ref = (await call('GET', '/border-patrols/reference', station)).json();
    expect(ref.gates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'BO_Y', kind: 'international', unitCode: '23377' }),
      ]),
    );
    expect(ref.communes.find((c: { code: string }) => c.code === '23377')).toMatchObject({ unitId: boY });
    expect(ref.source).toContain('PROVENANCE');
  });

  it('writes demo patrols through the service, in every status, once', async () => {
    const actorFor = async (units: string[], role: 'border_guard' | 'drug_police'): Promise<Actor> => {
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
      'DEMO-BP-BOY': await actorFor([boY], 'border_guard'),
      'DEMO-PC04': await actorFor([await unitId(t.db, '51', today)], 'drug_police'),
    };
    const service = t.services.registers.borderPatrols;
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    expect(await borderPatrolDemo(service, world)).toBe(6);
    expect(await borderPatrolDemo(service, world)).toBe(0);
    const page = await service.list(actors['DEMO-PC04']!, { page: 1, pageSize: 100, q: '(mẫu)' } as never);
    expect(new Set(page.data.map((p) => p.status))).toEqual(
      new Set(['planned', 'in_progress', 'completed', 'cancelled']),
    );
  });
});
